// Deletes a batch of receipts older than the retention (WRITE_RECEIPT_TTL_HOURS), oldest first, through write_receipt_at.
MATCH (r:WriteReceipt) WHERE r.at < datetime() - duration({hours: $ttlHours})
WITH r ORDER BY r.at LIMIT $batch
DELETE r
RETURN count(*) AS deleted
