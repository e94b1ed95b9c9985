-- Facet counts at 122,299 released notes: what the app runs today against the rewrite proposed in
-- bench/README.md ("Review area benchmark"). Run against the generated database, holding the Maven lock:
--   java -cp … ReviewBench serve --data bench/work/review/pgdata --port 15433 --minutes 30 &   (see README)
--   flock /tmp/maven.lock psql -h localhost -p 15433 -U postgres -f bench/review-facets-experiment.sql
-- Every query runs twice; read the second time. The index is dropped again at the end.
\timing on
\pset pager off

\echo === today, no filter: one-pass facets (grouping sets over the selection left-joined to note_effect and insight_note)
\o /dev/null
select grouping(f0, f1, f2, f3, f4, f5, f6, f7) as g, f0, f1, f2, f3, f4, f5, f6, f7, count(*) as notes
from (select n.theme_id::text as f0, n.werkteam_id::text as f1, n.municipality_id::text as f2, n.neighbourhood_id::text as f3,
          n.table_role as f4, n.category as f5, coalesce(e.effect, '') as f6,
          case when i.note_id is null then 'without' else 'with' end as f7
      from released_note n
      left join note_effect e on e.note_id = n.note_id
      left join (select distinct note_id from insight_note) i on i.note_id = n.note_id
      where true) s
group by grouping sets ((f0), (f1), (f2), (f3), (f4), (f5), (f6), (f7));
\o
select grouping(f0, f1, f2, f3, f4, f5, f6, f7) as g, f0, f1, f2, f3, f4, f5, f6, f7, count(*) as notes
from (select n.theme_id::text as f0, n.werkteam_id::text as f1, n.municipality_id::text as f2, n.neighbourhood_id::text as f3,
          n.table_role as f4, n.category as f5, coalesce(e.effect, '') as f6,
          case when i.note_id is null then 'without' else 'with' end as f7
      from released_note n
      left join note_effect e on e.note_id = n.note_id
      left join (select distinct note_id from insight_note) i on i.note_id = n.note_id
      where true) s
group by grouping sets ((f0), (f1), (f2), (f3), (f4), (f5), (f6), (f7)) \g /dev/null

\echo === today, no filter: the joins alone (no aggregation)
select count(*), count(e.effect), count(i.note_id) from released_note n
left join note_effect e on e.note_id = n.note_id
left join (select distinct note_id from insight_note) i on i.note_id = n.note_id \g /dev/null
select count(*), count(e.effect), count(i.note_id) from released_note n
left join note_effect e on e.note_id = n.note_id
left join (select distinct note_id from insight_note) i on i.note_id = n.note_id \g /dev/null

\echo === proposed index (13 MB at 122,299 notes)
create index released_note_facets on released_note
    (conversation_id, table_role, category, theme_id, werkteam_id, municipality_id, neighbourhood_id)
    include (held_on, facilitator_id, note_id);
vacuum analyze released_note;

\echo === proposed, no filter: note facets per conversation, role and category first (index-only scan, sorted, no hashing), then grouping sets over those groups
with per as (select n.conversation_id, n.table_role, n.category, n.theme_id, n.werkteam_id, n.municipality_id, n.neighbourhood_id,
                 count(*) as c
             from released_note n where true group by 1, 2, 3, 4, 5, 6, 7)
select grouping(theme_id, werkteam_id, municipality_id, neighbourhood_id, table_role, category) as g,
    theme_id, werkteam_id, municipality_id, neighbourhood_id, table_role, category, sum(c)
from per group by grouping sets ((theme_id), (werkteam_id), (municipality_id), (neighbourhood_id), (table_role), (category)) \g /dev/null
with per as (select n.conversation_id, n.table_role, n.category, n.theme_id, n.werkteam_id, n.municipality_id, n.neighbourhood_id,
                 count(*) as c
             from released_note n where true group by 1, 2, 3, 4, 5, 6, 7)
select grouping(theme_id, werkteam_id, municipality_id, neighbourhood_id, table_role, category) as g,
    theme_id, werkteam_id, municipality_id, neighbourhood_id, table_role, category, sum(c)
from per group by grouping sets ((theme_id), (werkteam_id), (municipality_id), (neighbourhood_id), (table_role), (category)) \g /dev/null

\echo === proposed: effect counts from note_effect (24k rows) instead of a left join over the selection
select e.effect, count(*) from note_effect e join released_note n on n.note_id = e.note_id where true group by 1 \g /dev/null
select e.effect, count(*) from note_effect e join released_note n on n.note_id = e.note_id where true group by 1 \g /dev/null

\echo === proposed: notes with an insight from insight_note (1.5k rows); without = count - with
select count(distinct i.note_id) from insight_note i join released_note n on n.note_id = i.note_id where true \g /dev/null
select count(distinct i.note_id) from insight_note i join released_note n on n.note_id = i.note_id where true \g /dev/null

\echo === today and proposed: count for role RESIDENT (seq scan today; index-only scan with the index)
select count(*) from released_note n where n.table_role = 'RESIDENT' \g /dev/null
select count(*) from released_note n where n.table_role = 'RESIDENT' \g /dev/null

\echo === regulation facet, no filter (unchanged: hash join of 33,914 tags with 122,299 released notes)
select t.regulation_id, count(*) from released_note n join note_regulation t on t.note_id = n.note_id where true group by 1 \g /dev/null
select t.regulation_id, count(*) from released_note n join note_regulation t on t.note_id = n.note_id where true group by 1 \g /dev/null

drop index released_note_facets;
vacuum analyze released_note;
