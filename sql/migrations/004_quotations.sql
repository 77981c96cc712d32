-- Version 4: pieces of one quotation share a quotation_id.
-- “…,” he said. “…” is one quotation written in two pieces; each piece keeps
-- its own row and offsets, and quotation_id is the quote_id of the first
-- piece. Rows loaded before this version are each their own quotation.

ALTER TABLE quotes ADD COLUMN quotation_id VARCHAR;
UPDATE quotes SET quotation_id = quote_id WHERE quotation_id IS NULL;
