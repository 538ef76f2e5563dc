-- The practitioner article gives the size of the 2012 chronic-pain study as 20,000 patients; V5 had hedged it as
-- "about" 20,000, a qualifier the source does not use.
update claims
   set finding = '50% reduction in chronic pain reported in a 2012 study of 20,000 patients',
       updated_at = current_timestamp,
       version = version + 1
 where id = 'acupuncture-chronic-pain-2012-study';
