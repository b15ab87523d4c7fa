// Takes the write lock of each entity, in the order given (sorted ids, so two writers never wait on each
// other in a circle), and changes nothing: a relation writer locks the from-entity of every pair it will
// settle before it reads the pair, so writers of one pair settle it one after the other.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
SET n._lock = true
REMOVE n._lock
