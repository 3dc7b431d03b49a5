import { DEMO_ORGANISATIONS, DEMO_USERS } from './demo-data.js';
import type { DemoInsert } from './seed-demo-finance.js';

/**
 * An open call for season 2024-2025, whose similar seasons (2022-2023 and 2023-2024) hold the demo's
 * streamed shows, so the forecast has history to draw on. Its deadline lies 60 days after the first
 * start, so the demo culture house (BICC Peer) can still propose. Titles and amounts are made up.
 */
const CALL_ID = '00000000-0000-4000-a000-000000000001';
const SEASON = { code: '2024-2025', name: 'Seizoen 2024-2025', startsOn: '2024-09-01', endsOn: '2025-06-30' };
const [admin, , bicc] = DEMO_USERS;

const PROPOSALS = [
  {
    id: '00000000-0000-4000-a000-000000000101',
    title: 'Zomerse meezingers',
    performers: ['Koor Vocaal Peer', 'Luc Appermont'],
    venue: 'Grote zaal',
    starts: ['2024-10-17T14:00:00+02:00', '2025-03-13T14:00:00+01:00'],
    notes: 'Glasvezel in de zaal; twee vaste camera’s en een eigen geluidstechnicus.',
    lines: [
      ['artist_fee', 'Gage koor en solist', 'fixed', 280000, 6],
      ['venue', 'Zaal en techniek', 'fixed', 45000, 21],
      ['production', 'Affiche- en ticketkit', 'per_satellite', 1200, 21],
    ],
    interested: [DEMO_ORGANISATIONS[7].id, DEMO_ORGANISATIONS[8].id, DEMO_ORGANISATIONS[3].id],
  },
  {
    id: '00000000-0000-4000-a000-000000000102',
    title: 'Kerstconcert van de harmonie',
    performers: ['Koninklijke Harmonie Sint-Cecilia'],
    venue: 'Theaterzaal',
    starts: ['2024-12-15T15:00:00+01:00'],
    notes: 'Wifi in de zaal is traag; een vaste lijn is te regelen.',
    lines: [
      ['artist_fee', 'Gage harmonie', 'fixed', 180000, 6],
      ['venue', 'Zaal', 'fixed', 30000, 21],
    ],
    interested: [DEMO_ORGANISATIONS[7].id],
  },
] as const;

/** An organisation without a demo login is marked on its behalf by the admin, as after a phone call. */
const markedBy = (organisationId: string) => DEMO_USERS.find((user) => user.organisationId === organisationId)?.id ?? admin.id;

export async function seedDemoProposals(insert: DemoInsert): Promise<void> {
  await insert('INSERT INTO seasons (code, name, starts_on, ends_on) VALUES ($1, $2, $3, $4)', [
    SEASON.code,
    SEASON.name,
    SEASON.startsOn,
    SEASON.endsOn,
  ]);
  await insert(
    `INSERT INTO calls (id, season_code, deadline, opened_by_user_id) VALUES ($1, $2, now() + interval '60 days', $3)`,
    [CALL_ID, SEASON.code, admin.id],
  );
  for (const [index, proposal] of PROPOSALS.entries()) {
    await insert(
      `INSERT INTO proposals (id, call_id, organisation_id, proposed_by_user_id, title, performers, venue, possible_starts, technical_notes)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8::timestamptz[], $9)`,
      [
        proposal.id,
        CALL_ID,
        bicc.organisationId,
        bicc.id,
        proposal.title,
        proposal.performers,
        proposal.venue,
        proposal.starts,
        proposal.notes,
      ],
    );
    for (const [position, [category, label, basis, plannedCents, vatRatePercent]] of proposal.lines.entries()) {
      await insert(
        `INSERT INTO proposal_cost_lines (id, proposal_id, position, category, label, basis, planned_cents, vat_rate_percent)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [
          `00000000-0000-4000-a001-${String(index * 10 + position).padStart(12, '0')}`,
          proposal.id,
          position,
          category,
          label,
          basis,
          plannedCents,
          vatRatePercent,
        ],
      );
    }
    for (const organisationId of proposal.interested) {
      await insert(`INSERT INTO proposal_interests (proposal_id, organisation_id, marked_by_user_id) VALUES ($1, $2, $3)`, [
        proposal.id,
        organisationId,
        markedBy(organisationId),
      ]);
    }
  }
}
