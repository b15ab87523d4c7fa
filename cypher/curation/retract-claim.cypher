// Retracts a claim (idempotent: a second retraction keeps the first's who, when and why).
MATCH (c:Claim {id: $id})
SET c.retractedAt = coalesce(c.retractedAt, datetime()),
    c.retractedBy = coalesce(c.retractedBy, $actor),
    c.retractionReason = coalesce(c.retractionReason, $reason),
    c.updatedAt = datetime(), c.updatedBy = $actor
RETURN c.id AS id
