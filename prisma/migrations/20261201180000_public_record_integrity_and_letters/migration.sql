-- Issues 13 and 17 each redefined refresh_public_person() (20261201130000_record_integrity,
-- then 20261201170000_letters). The later definition was written against the function as it
-- stood before issue 13, so it dropped 13's confirmed-only citations, status evidence and
-- public "last updated". This is the one function with both sets of changes; the
-- projection test (tests/integration/public-record-function.test.ts) checks that it carries both.

CREATE OR REPLACE FUNCTION refresh_public_person(p_person_id text) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  p person%ROWTYPE;
  v_held boolean;
  v_status text;
  v_latest_status text;
  v_record jsonb;
  v_names text[];
  v_source_ids text[];
  v_subjects text[];
  v_previous_record jsonb;
  v_previous_updated timestamp(3);
  v_ev_date date;
  v_ev_precision "DatePrecision";
  v_ev_source text;
  v_ev_title text;
BEGIN
  -- "Last updated" is the last change of what the public sees, not of the row.
  SELECT record, last_updated_at INTO v_previous_record, v_previous_updated FROM public_person WHERE person_id = p_person_id;
  DELETE FROM public_person WHERE person_id = p_person_id;
  SELECT * INTO p FROM person WHERE id = p_person_id;
  IF NOT FOUND OR NOT p.published OR p.deleted_at IS NOT NULL THEN
    RETURN;
  END IF;

  -- Every public item of this person, as 'SUBJECT_TYPE:id': only their citations are carried.
  SELECT array_agg(k) INTO v_subjects FROM (
    SELECT 'PERSON:' || p.id AS k
    UNION ALL SELECT 'NAME_VARIANT:' || id FROM name_variant WHERE person_id = p.id AND visibility = 'PUBLIC'
    UNION ALL SELECT 'PROSECUTION:' || id FROM prosecution WHERE person_id = p.id AND visibility = 'PUBLIC'
    UNION ALL SELECT 'CHARGE:' || c.id FROM charge c JOIN prosecution pr ON pr.id = c.prosecution_id
      WHERE pr.person_id = p.id AND pr.visibility = 'PUBLIC' AND c.visibility = 'PUBLIC'
    UNION ALL SELECT 'SENTENCE:' || s.id FROM sentence s JOIN prosecution pr ON pr.id = s.prosecution_id
      WHERE pr.person_id = p.id AND pr.visibility = 'PUBLIC' AND s.visibility = 'PUBLIC'
    UNION ALL SELECT 'DETENTION_EPISODE:' || id FROM detention_episode WHERE person_id = p.id AND visibility = 'PUBLIC'
    UNION ALL SELECT 'PLACEMENT:' || pl.id FROM placement pl JOIN facility f ON f.id = pl.facility_id
      WHERE pl.person_id = p.id AND pl.visibility = 'PUBLIC' AND f.visibility = 'PUBLIC'
    UNION ALL SELECT 'CONDITION_PERIOD:' || id FROM condition_period WHERE person_id = p.id AND visibility = 'PUBLIC'
    UNION ALL SELECT 'RELATIVE:' || id FROM relative WHERE person_id = p.id AND visibility = 'PUBLIC'
    UNION ALL SELECT 'FAMILY_CONTACT_EVENT:' || id FROM family_contact_event WHERE person_id = p.id AND visibility = 'PUBLIC'
    UNION ALL SELECT 'LEGAL_REPRESENTATION:' || id FROM legal_representation WHERE person_id = p.id AND visibility = 'PUBLIC'
    UNION ALL SELECT 'HEALTH_NOTE:' || id FROM health_note WHERE person_id = p.id AND visibility = 'PUBLIC'
    UNION ALL SELECT 'DESIGNATION:' || id FROM designation WHERE person_id = p.id AND visibility = 'PUBLIC'
    UNION ALL SELECT 'TIMELINE_EVENT:' || id FROM timeline_event WHERE person_id = p.id AND visibility = 'PUBLIC' AND deleted_at IS NULL
  ) subjects;

  v_held := EXISTS (SELECT 1 FROM detention_episode d WHERE d.person_id = p.id AND d.visibility = 'PUBLIC'
                    AND NOT d.released AND d.release_date IS NULL);
  SELECT status::text INTO v_latest_status FROM prosecution
    WHERE person_id = p.id AND visibility = 'PUBLIC' ORDER BY created_at DESC, id DESC LIMIT 1;
  v_status := CASE
    WHEN v_latest_status IN ('DECEASED', 'DISAPPEARED', 'EXILED') THEN v_latest_status
    WHEN v_held AND v_latest_status IN ('PRE_TRIAL', 'CONVICTED', 'UNDER_APPEAL') THEN v_latest_status
    WHEN v_held THEN 'DETAINED'
    WHEN EXISTS (SELECT 1 FROM detention_episode d WHERE d.person_id = p.id AND d.visibility = 'PUBLIC') THEN 'RELEASED'
    ELSE coalesce(v_latest_status, 'UNKNOWN')
  END;

  SELECT coalesce(array_agg(n.text ORDER BY n.is_primary DESC, n.text), '{}') INTO v_names
    FROM name_variant n WHERE n.person_id = p.id AND n.visibility = 'PUBLIC';

  SELECT coalesce(array_agg(DISTINCT c.source_id), '{}') INTO v_source_ids
    FROM citation c JOIN source src ON src.id = c.source_id
    WHERE c.person_id = p.id AND c.confirmed AND (c.subject_type::text || ':' || c.subject_id) = ANY (v_subjects)
      AND src.visibility = 'PUBLIC' AND src.deleted_at IS NULL;

  -- The custody status's date of evidence: the newest dated public source, cited and
  -- confirmed, for the status itself or for the detention (and placement) that decides it.
  SELECT confirmed_on, confirmed_precision, source_id, source_title INTO v_ev_date, v_ev_precision, v_ev_source, v_ev_title
    FROM casebook_status_evidence(p.id, true);

  v_record := jsonb_build_object(
    'person', jsonb_build_object(
      'id', p.id, 'slug', p.slug, 'displayName', p.display_name, 'gender', p.gender,
      'birthDate', CASE WHEN p.birth_date_visibility = 'PUBLIC' THEN casebook_date(p.birth_date) END,
      'birthDatePrecision', CASE WHEN p.birth_date_visibility = 'PUBLIC' THEN p.birth_date_precision END,
      'occupation', p.occupation, 'region', p.region, 'citizenship', p.citizenship, 'bio', p.bio,
      'photoUrl', CASE WHEN p.photo_consent THEN p.photo_url END, 'interests', p.interests,
      'publishedAt', p.published_at, 'readsLanguages', p.reads_languages,
      'letterDelivery', p.letter_delivery, 'letterDeliveryAsOf', casebook_date(p.letter_delivery_as_of)),
    'names', coalesce((SELECT jsonb_agg(jsonb_build_object('id', n.id, 'text', n.text, 'script', n.script,
        'language', n.language, 'kind', n.kind, 'isPrimary', n.is_primary) ORDER BY n.is_primary DESC, n.script, n.text)
      FROM name_variant n WHERE n.person_id = p.id AND n.visibility = 'PUBLIC'), '[]'),
    'prosecutions', coalesce((SELECT jsonb_agg(jsonb_build_object('id', pr.id, 'caseNumber', pr.case_number,
        'court', pr.court, 'judge', pr.judge, 'prosecutor', pr.prosecutor, 'status', pr.status, 'summary', pr.summary,
        'charges', coalesce((SELECT jsonb_agg(jsonb_build_object('id', c.id, 'description', c.description,
            'article', CASE WHEN a.id IS NULL THEN NULL ELSE jsonb_build_object('code', a.code, 'article', a.article,
              'part', a.part, 'title', a.title, 'jurisdiction', a.jurisdiction) END) ORDER BY a.article, c.created_at)
          FROM charge c LEFT JOIN legal_article a ON a.id = c.legal_article_id
          WHERE c.prosecution_id = pr.id AND c.visibility = 'PUBLIC'), '[]'),
        'sentences', coalesce((SELECT jsonb_agg(jsonb_build_object('id', s.id, 'termMonths', s.term_months,
            'regime', s.regime, 'sentencedOn', casebook_date(s.sentenced_on), 'sentencedOnPrecision', s.sentenced_on_precision,
            'startDate', casebook_date(s.start_date), 'startDatePrecision', s.start_date_precision,
            'fineAmount', s.fine_amount, 'fineCurrency', s.fine_currency,
            'appealFiledOn', casebook_date(s.appeal_filed_on), 'appealDecidedOn', casebook_date(s.appeal_decided_on),
            'appealOutcome', s.appeal_outcome) ORDER BY s.created_at)
          FROM sentence s WHERE s.prosecution_id = pr.id AND s.visibility = 'PUBLIC'), '[]')
      ) ORDER BY pr.created_at)
      FROM prosecution pr WHERE pr.person_id = p.id AND pr.visibility = 'PUBLIC'), '[]'),
    'detentions', coalesce((SELECT jsonb_agg(jsonb_build_object('id', d.id, 'kind', d.kind,
        'arrestDate', casebook_date(d.arrest_date), 'arrestDatePrecision', d.arrest_date_precision, 'arrestPlace', d.arrest_place,
        'releaseDate', casebook_date(d.release_date), 'releaseDatePrecision', d.release_date_precision,
        'releaseType', d.release_type, 'released', d.released) ORDER BY d.arrest_date NULLS FIRST, d.created_at)
      FROM detention_episode d WHERE d.person_id = p.id AND d.visibility = 'PUBLIC'), '[]'),
    'placements', coalesce((SELECT jsonb_agg(jsonb_build_object('id', pl.id,
        'fromDate', casebook_date(pl.from_date), 'fromDatePrecision', pl.from_date_precision,
        'toDate', casebook_date(pl.to_date), 'toDatePrecision', pl.to_date_precision,
        'facility', jsonb_build_object('id', f.id, 'slug', f.slug, 'name', f.name, 'nameNative', f.name_native, 'type', f.type,
          'addressLocal', f.address_local, 'addressLatin', f.address_latin, 'region', f.region, 'country', f.country,
          'letterGuidance', f.letter_guidance, 'nameBe', f.name_be, 'nameRu', f.name_ru,
          'letterGuidanceBe', f.letter_guidance_be, 'letterGuidanceRu', f.letter_guidance_ru)) ORDER BY pl.from_date NULLS FIRST, pl.created_at)
      FROM placement pl JOIN facility f ON f.id = pl.facility_id
      WHERE pl.person_id = p.id AND pl.visibility = 'PUBLIC' AND f.visibility = 'PUBLIC'), '[]'),
    'conditions', coalesce((SELECT jsonb_agg(jsonb_build_object('id', c.id, 'kind', c.kind,
        'startDate', casebook_date(c.start_date), 'startDatePrecision', c.start_date_precision,
        'endDate', casebook_date(c.end_date), 'endDatePrecision', c.end_date_precision,
        'description', c.description) ORDER BY c.start_date NULLS FIRST, c.created_at)
      FROM condition_period c WHERE c.person_id = p.id AND c.visibility = 'PUBLIC'), '[]'),
    'relatives', coalesce((SELECT jsonb_agg(jsonb_build_object('id', r.id, 'name', r.name, 'relation', r.relation)
        ORDER BY r.created_at)
      FROM relative r WHERE r.person_id = p.id AND r.visibility = 'PUBLIC'), '[]'),
    'familyContacts', coalesce((SELECT jsonb_agg(jsonb_build_object('id', e.id, 'kind', e.kind,
        'date', casebook_date(e.date), 'datePrecision', e.date_precision, 'note', e.note,
        'relation', CASE WHEN r.visibility = 'PUBLIC' THEN r.relation END) ORDER BY casebook_period_end(e.date, e.date_precision), e.date)
      FROM family_contact_event e LEFT JOIN relative r ON r.id = e.relative_id
      WHERE e.person_id = p.id AND e.visibility = 'PUBLIC'), '[]'),
    'lawyers', coalesce((SELECT jsonb_agg(jsonb_build_object('id', l.id, 'lawyerName', l.lawyer_name, 'status', l.status,
        'fromDate', casebook_date(l.from_date), 'fromDatePrecision', l.from_date_precision,
        'toDate', casebook_date(l.to_date), 'toDatePrecision', l.to_date_precision, 'note', l.note) ORDER BY l.created_at)
      FROM legal_representation l WHERE l.person_id = p.id AND l.visibility = 'PUBLIC'), '[]'),
    'healthNotes', coalesce((SELECT jsonb_agg(jsonb_build_object('id', h.id, 'text', h.text,
        'date', casebook_date(h.date), 'datePrecision', h.date_precision) ORDER BY h.date)
      FROM health_note h WHERE h.person_id = p.id AND h.visibility = 'PUBLIC'), '[]'),
    'designations', coalesce((SELECT jsonb_agg(jsonb_build_object('id', g.id, 'organisation', g.organisation, 'kind', g.kind,
        'date', casebook_date(g.date), 'datePrecision', g.date_precision, 'criteria', g.criteria,
        'wgadOpinion', g.wgad_opinion) ORDER BY g.date NULLS LAST)
      FROM designation g WHERE g.person_id = p.id AND g.visibility = 'PUBLIC'), '[]'),
    'timeline', coalesce((SELECT jsonb_agg(jsonb_build_object('id', t.id, 'type', t.type,
        'date', casebook_date(t.date), 'datePrecision', t.date_precision, 'title', t.title, 'text', t.public_text)
        ORDER BY casebook_period_end(t.date, t.date_precision), t.date, t.created_at, t.id)
      FROM timeline_event t WHERE t.person_id = p.id AND t.visibility = 'PUBLIC' AND t.deleted_at IS NULL), '[]'),
    -- A citation of a non-public source shows only that an internal record exists.
    'citations', coalesce((SELECT jsonb_agg(
        CASE WHEN src.visibility = 'PUBLIC' AND src.deleted_at IS NULL THEN
          jsonb_build_object('id', c.id, 'subjectType', c.subject_type, 'subjectId', c.subject_id, 'field', c.field,
            'isPreferred', c.is_preferred, 'public', true, 'sourceId', src.id, 'sourceTitle', src.title,
            'sourcePublisher', src.publisher, 'sourceDate', casebook_date(src.published_date),
            'sourceDatePrecision', src.published_date_precision, 'quote', c.quote,
            'note', CASE WHEN NOT c.is_preferred THEN c.note END)
        ELSE
          jsonb_build_object('id', c.id, 'subjectType', c.subject_type, 'subjectId', c.subject_id, 'field', c.field,
            'isPreferred', c.is_preferred, 'public', false)
        END ORDER BY c.created_at, c.id)
      FROM citation c JOIN source src ON src.id = c.source_id
      -- An unconfirmed citation supports nothing publicly (docs/decisions/015).
      WHERE c.person_id = p.id AND c.confirmed AND (c.subject_type::text || ':' || c.subject_id) = ANY (v_subjects)), '[]'),
    'statusEvidence', CASE WHEN v_ev_date IS NULL THEN NULL ELSE jsonb_build_object(
      'date', casebook_date(v_ev_date), 'precision', v_ev_precision, 'sourceId', v_ev_source, 'sourceTitle', v_ev_title) END
  );

  INSERT INTO public_person (person_id, slug, display_name, sort_name, names, status, held, region, facility_name,
    articles, designations, source_ids, sentence_months, detained_since, detained_since_precision,
    released_on, released_on_precision, search_text, record,
    last_updated_at, refreshed_at, status_confirmed_on)
  SELECT p.id, p.slug, p.display_name, p.sort_name, v_names, v_status, v_held, p.region,
    (SELECT f.name FROM placement pl JOIN facility f ON f.id = pl.facility_id
      WHERE pl.person_id = p.id AND pl.visibility = 'PUBLIC' AND f.visibility = 'PUBLIC' AND pl.to_date IS NULL
      ORDER BY pl.from_date DESC NULLS LAST LIMIT 1),
    coalesce((SELECT array_agg(DISTINCT a.article || CASE WHEN a.part <> '' THEN '.' || a.part ELSE '' END)
      FROM charge c JOIN prosecution pr ON pr.id = c.prosecution_id JOIN legal_article a ON a.id = c.legal_article_id
      WHERE pr.person_id = p.id AND pr.visibility = 'PUBLIC' AND c.visibility = 'PUBLIC'), '{}'),
    coalesce((SELECT array_agg(DISTINCT g.organisation) FROM designation g
      WHERE g.person_id = p.id AND g.visibility = 'PUBLIC'), '{}'),
    v_source_ids,
    (SELECT max(s.term_months) FROM sentence s JOIN prosecution pr ON pr.id = s.prosecution_id
      WHERE pr.person_id = p.id AND pr.visibility = 'PUBLIC' AND s.visibility = 'PUBLIC'),
    open_ep.arrest_date, open_ep.arrest_date_precision,
    last_ep.release_date, last_ep.release_date_precision,
    casebook_fold(concat_ws(' ', array_to_string(v_names, ' '), p.occupation, p.bio,
      (SELECT string_agg(concat_ws(' ', c.description, a.title), ' ') FROM charge c
        JOIN prosecution pr ON pr.id = c.prosecution_id LEFT JOIN legal_article a ON a.id = c.legal_article_id
        WHERE pr.person_id = p.id AND pr.visibility = 'PUBLIC' AND c.visibility = 'PUBLIC'),
      (SELECT string_agg(concat_ws(' ', f.name, f.name_native), ' ') FROM placement pl JOIN facility f ON f.id = pl.facility_id
        WHERE pl.person_id = p.id AND pl.visibility = 'PUBLIC' AND f.visibility = 'PUBLIC'))),
    v_record,
    CASE WHEN v_previous_record IS NOT NULL AND v_previous_record = v_record THEN v_previous_updated
         ELSE now() END,
    now(), v_ev_date
  FROM (SELECT 1) one
  LEFT JOIN LATERAL (SELECT d.arrest_date, d.arrest_date_precision FROM detention_episode d
      WHERE d.person_id = p.id AND d.visibility = 'PUBLIC' AND NOT d.released AND d.release_date IS NULL
      ORDER BY d.arrest_date NULLS LAST LIMIT 1) open_ep ON true
  LEFT JOIN LATERAL (SELECT d.release_date, d.release_date_precision FROM detention_episode d
      WHERE NOT v_held AND d.person_id = p.id AND d.visibility = 'PUBLIC' AND d.release_date IS NOT NULL
      ORDER BY d.release_date DESC LIMIT 1) last_ep ON true;
END $$;

-- Rebuild every projected record once, so the new fields are there without waiting for an edit.
SELECT refresh_public_person(person_id) FROM public_person;

