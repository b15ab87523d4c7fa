// The receipt an earlier run of this write left, if any (src/db/write-receipts.ts).
MATCH (r:WriteReceipt {key: $key})
RETURN r.operation AS operation, r.fingerprint AS fingerprint, r.result AS result
