-- Two sessions side by side (psql in two terminals). Watch which anomaly each level allows.
CREATE TABLE IF NOT EXISTS accounts (id int PRIMARY KEY, balance int NOT NULL);
INSERT INTO accounts VALUES (1, 100), (2, 100) ON CONFLICT DO NOTHING;

-- Session A
BEGIN ISOLATION LEVEL READ COMMITTED;
SELECT balance FROM accounts WHERE id = 1;   -- 100
-- (session B: UPDATE accounts SET balance = 50 WHERE id = 1; COMMIT;)
SELECT balance FROM accounts WHERE id = 1;   -- 50: a non-repeatable read
COMMIT;

-- Session A again, with REPEATABLE READ: the second SELECT still sees 100.
BEGIN ISOLATION LEVEL REPEATABLE READ;
SELECT balance FROM accounts WHERE id = 1;
SELECT balance FROM accounts WHERE id = 1;
COMMIT;
