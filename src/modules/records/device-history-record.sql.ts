/**
 * The batch record's statements. Each takes the lot id as $1 and returns every row of its
 * section at once, so the record costs the same number of statements for 1 or 10,000 readings.
 * Dates are selected as text so no time zone shifts them.
 */

/**
 * The material's design revision as of a moment, from its audit trail: the last revision set at or
 * before it, else the one a later change replaced, else the revision it has always had.
 */
const REVISION_AT = (materialId: string, at: string) => `coalesce(
    (SELECT c->>'new' FROM audit_entry a CROSS JOIN LATERAL jsonb_array_elements(a.changes) c
     WHERE a.entity_type = 'Material' AND a.entity_id = ${materialId} AND c->>'field' = 'revision' AND a.occurred_at <= ${at}
     ORDER BY a.seq DESC LIMIT 1),
    (SELECT c->>'old' FROM audit_entry a CROSS JOIN LATERAL jsonb_array_elements(a.changes) c
     WHERE a.entity_type = 'Material' AND a.entity_id = ${materialId} AND c->>'field' = 'revision' AND a.occurred_at > ${at}
     ORDER BY a.seq LIMIT 1),
    m.revision)`;

/** The lot with its material, supplier, work order, BOM and site; `:lotId` and the row scope are named parameters. */
export const LOT_HEADER_SQL = (scope: string) => `
  SELECT l.id, l.lot_number, l.supplier_lot_number, l.material_id, m.code AS material_code, m.name AS material_name, m.gtin,
         m.revision AS material_current_revision, ${REVISION_AT('l.material_id', 'l.created_at')} AS material_revision,
         l.status, l.status_reason, l.origin, l.supplier_id, s.code AS supplier_code, s.name AS supplier_name,
         l.work_order_id, w.number AS work_order_number, w.status AS work_order_status, b.id AS bom_id, b.revision AS bom_revision,
         si.code AS site_code, si.name AS site_name, si.timezone AS site_time_zone,
         l.quantity::text AS quantity, l.unit, l.serial_number, l.manufactured_on::text AS manufactured_on, l.expires_on::text AS expires_on,
         l.released_at, l.released_by, l.created_by_name, l.created_at, l.version
  FROM lot l
  JOIN material m ON m.id = l.material_id
  JOIN site si ON si.id = l.site_id
  LEFT JOIN supplier s ON s.id = l.supplier_id
  LEFT JOIN work_order w ON w.id = l.work_order_id
  LEFT JOIN bom b ON b.id = w.bom_id
  WHERE l.id = :lotId AND ${scope}`;

/** Signed quantity of a movement for the lot's balance: inbound positive, outbound negative, transfers zero. */
const NET = 'CASE WHEN from_location_id IS NULL THEN quantity WHEN to_location_id IS NULL THEN -quantity ELSE 0 END';
const total = (filter: string) => `coalesce(sum(quantity) FILTER (WHERE ${filter}), 0)::text`;

/** Ledger totals by kind; $2 is the last release time (the balance then is the quantity released). */
export const LEDGER_SQL = `
  SELECT ${total("type = 'ISSUE'")} AS consumed, ${total("type = 'SHIP'")} AS shipped, ${total("type = 'SCRAP'")} AS scrapped,
         ${total("type = 'SAMPLE'")} AS sampled, ${total("type = 'RETURN'")} AS returned,
         ${total("type = 'ADJUST' AND from_location_id IS NULL")} AS adjusted_in, ${total("type = 'ADJUST' AND to_location_id IS NULL")} AS adjusted_out,
         coalesce(sum(${NET}), 0)::text AS on_hand,
         CASE WHEN $2::timestamptz IS NULL THEN NULL ELSE coalesce(sum(${NET}) FILTER (WHERE occurred_at <= $2::timestamptz), 0)::text END AS released
  FROM stock_movement WHERE lot_id = $1`;

/**
 * The work order's consumptions that count for this lot: those of its genealogy parents recorded
 * before the lot's PRODUCE movement. Consumption and production both lock the work order, so the
 * ledger sequence orders them.
 */
const LOT_CONSUMPTIONS = `
  produced AS (SELECT min(seq) AS seq FROM stock_movement WHERE lot_id = $1 AND type = 'PRODUCE'),
  consumed AS (
    SELECT g.parent_lot_id, c.quantity, c.substitute, sm.seq, sm.occurred_at, sm.actor_id, sm.actor_name
    FROM genealogy_edge g
    JOIN work_order_consumption c ON c.work_order_id = g.work_order_id AND c.lot_id = g.parent_lot_id
    JOIN stock_movement sm ON sm.id = c.movement_id
    JOIN produced ON sm.seq < produced.seq
    WHERE g.child_lot_id = $1)`;

/** One row per consumption of each component lot (a component without one still has a row). */
export const COMPONENTS_SQL = `
  WITH ${LOT_CONSUMPTIONS}
  SELECT g.parent_lot_id AS lot_id, p.lot_number, p.supplier_lot_number, m.code AS material_code, m.name AS material_name,
         g.quantity::text AS quantity, p.unit, c.quantity::text AS consumed_quantity, c.substitute, c.occurred_at AS consumed_at, c.actor_name AS consumed_by
  FROM genealogy_edge g
  JOIN lot p ON p.id = g.parent_lot_id
  JOIN material m ON m.id = p.material_id
  LEFT JOIN consumed c ON c.parent_lot_id = g.parent_lot_id
  WHERE g.child_lot_id = $1
  ORDER BY m.code, p.lot_number, c.seq`;

/** Who did what: the lot's own movements and the consumptions of its components. */
export const OPERATORS_SQL = `
  WITH ${LOT_CONSUMPTIONS},
  acts AS (
    SELECT actor_id, actor_name, type AS activity, occurred_at FROM stock_movement WHERE lot_id = $1
    UNION ALL
    SELECT actor_id, actor_name, 'CONSUME_COMPONENT', occurred_at FROM consumed)
  SELECT actor_id, actor_name, activity, count(*)::int AS occurrences, min(occurred_at) AS first_at, max(occurred_at) AS last_at
  FROM acts GROUP BY actor_id, actor_name, activity
  ORDER BY first_at, actor_name, activity`;

/**
 * Inspections with their readings (one row per reading, or one for an inspection without any),
 * and for a reading naming equipment the calibration in effect then: the last one performed on
 * or before the reading's UTC date. Calibrations carry a date, not a time, so one performed on
 * the reading's own day counts only if it was on record before the reading.
 */
export const INSPECTIONS_SQL = `
  SELECT i.id AS inspection_id, p.type, i.plan_id, p.plan_version, i.status, i.verdict, i.inspector_name, i.started_at, i.completed_at, i.completed_by,
         r.id AS reading_id, c.name AS characteristic, c.kind, r.sample_no, r.value::text AS value, r.accepted,
         c.nominal::text AS nominal, c.lower_limit::text AS lower_limit, c.upper_limit::text AS upper_limit, c.unit,
         coalesce(CASE WHEN c.kind = 'QUALITATIVE' THEN r.accepted ELSE r.value BETWEEN c.lower_limit AND c.upper_limit END, false) AS conforms,
         r.recorded_by, r.recorded_at,
         e.id AS equipment_id, e.asset_tag, e.name AS equipment_name, e.calibration_interval_days IS NOT NULL AS calibration_required,
         cal.id AS calibration_id, cal.performed_on::text AS calibrated_on, cal.result AS calibration_result, cal.next_due_on::text AS calibration_due_on,
         (e.calibration_interval_days IS NULL
           OR coalesce(cal.result = 'PASS' AND cal.next_due_on >= (r.recorded_at AT TIME ZONE 'UTC')::date, false)) AS in_calibration
  FROM inspection i
  JOIN inspection_plan p ON p.id = i.plan_id
  LEFT JOIN inspection_reading r ON r.inspection_id = i.id
  LEFT JOIN inspection_characteristic c ON c.id = r.characteristic_id
  LEFT JOIN equipment e ON e.id = r.equipment_id
  LEFT JOIN LATERAL (
    SELECT cr.id, cr.performed_on, cr.result, cr.next_due_on FROM calibration_record cr
    WHERE cr.equipment_id = r.equipment_id
      AND (cr.performed_on < (r.recorded_at AT TIME ZONE 'UTC')::date
        OR (cr.performed_on = (r.recorded_at AT TIME ZONE 'UTC')::date AND cr.recorded_at <= r.recorded_at))
    ORDER BY cr.performed_on DESC, cr.recorded_at DESC, cr.id DESC
    LIMIT 1) cal ON e.id IS NOT NULL
  WHERE i.lot_id = $1
  ORDER BY i.started_at, i.id, c.seq, r.sample_no`;

/**
 * Nonconformances listing the lot. For a disposition that takes stock out (SCRAP, RETURN_TO_SUPPLIER),
 * `written_off` is what the stock ledger shows of this lot leaving that way since the disposition:
 * the record states what happened to the stock, not what the disposition intended.
 */
export const NONCONFORMANCES_SQL = `
  SELECT n.id, n.status, n.source, n.description, n.disposition, n.disposition_justification, n.dispositioned_by, n.dispositioned_at,
         n.opened_by, n.created_at, n.closed_at,
         CASE WHEN n.disposition IN ('SCRAP', 'RETURN_TO_SUPPLIER') THEN (
           SELECT coalesce(sum(sm.quantity), 0)::text FROM stock_movement sm
           WHERE sm.lot_id = $1 AND sm.type = CASE n.disposition WHEN 'SCRAP' THEN 'SCRAP' ELSE 'RETURN' END
             AND sm.occurred_at >= n.dispositioned_at) END AS written_off
  FROM nonconformance n WHERE n.lot_ids @> ARRAY[$1::text]
  ORDER BY n.created_at, n.id`;

/** Every audited change of the lot's status, its creation first: from, to, who, when and why. */
export const STATUS_HISTORY_SQL = `
  SELECT a.seq, a.action, s.change->>'old' AS from_status, s.change->>'new' AS to_status, a.actor_id, a.actor_name, a.occurred_at, a.reason
  FROM audit_entry a
  CROSS JOIN LATERAL (SELECT c AS change FROM jsonb_array_elements(a.changes) c WHERE c->>'field' = 'status' LIMIT 1) s
  WHERE a.entity_type = 'Lot' AND a.entity_id = $1
  ORDER BY a.seq`;

export const SIGNATURES_SQL = `
  SELECT id, record_type, record_id, record_version, printed_name, signer_id, meaning, reason, signed_at, content_hash
  FROM electronic_signature
  WHERE (record_type = 'Lot' AND record_id = $1)
     OR (record_type = 'Nonconformance' AND record_id IN (SELECT id FROM nonconformance WHERE lot_ids @> ARRAY[$1::text]))
  ORDER BY signed_at, id`;
