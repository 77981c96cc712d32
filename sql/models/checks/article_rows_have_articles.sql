-- No row outlives its article.
select article_id from quotes where article_id not in (select article_id from articles)
union all
select article_id from captions where article_id not in (select article_id from articles)
union all
select article_id from article_people where article_id not in (select article_id from articles)
union all
select article_id from mentions where article_id not in (select article_id from articles)
