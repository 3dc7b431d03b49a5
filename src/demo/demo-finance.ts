import { enterpriseCheckDigits } from '../organisations/enterprise-number.js';
import { DEMO_USERS } from './demo-data.js';
import { DEMO_EVENTS } from './demo-events.js';

/**
 * Demo money. The 2023 annual report gives outcomes (two shows break even, Bartje en de Beiaard
 * runs on a principle decision, C'est ma vie is cancelled) but no amounts: every amount, count
 * and satellite below is ours, chosen so that the demo year 2023 tells that story.
 *
 *   Chique Dingues        12 culture houses + 50 care centres, provincial subsidy   €   106,00
 *   Old Time Favourites   16 + 45                                                   €   315,00
 *   Bartje en de Beiaard  20 + 36, the carillon filmed from the belfry; its
 *                         planned deficit accepted by a decision                  - € 3.546,00
 *   C'est ma vie          planned 14 + 60 to break even (€ 12,00); cancelled with
 *                         8 + 30 signed on: only the posters and their 38 kits      - €   976,00
 *   Year 2023, margin - € 8.000,00, books closed                                    - € 4.101,00
 *
 * Each 2023 show drew the satellites it planned, so plan and final result agree. The spring-2024
 * shows and the 2026-2027 season are planned to break even; 2024, 2026 and 2027 have margins.
 *
 * 2022 is invented as a whole (src/demo/demo-events.ts), around the report's one fact about it: 47
 * culture partners and 127 care centres took part. Its four streams break even and its cancelled
 * show cost € 200,00 in posters: - € 45,00 in the year, margin - € 5.000,00.
 *
 * Who took part (a culture partner: launch centre or culture house signed on; see
 * docs/year-report.md). Each show has its own satellites, numbered within the demo pool:
 *
 *   2022   culture houses 1–43 + 4 launch centres = 47    care centres 20–146 = 127
 *   2023   culture houses 13–60 + 3 launch centres = 51   care centres 1–131 = 131
 *          back from 2022: 31 + 2 = 33 culture partners, 112 care centres; new: 18 and 19
 */
const kbo = (firstEight: string) => `${firstEight}${String(enterpriseCheckDigits(firstEight)).padStart(2, '0')}`;
const pad = (n: number, width: number) => String(n).padStart(width, '0');

type Category = 'artist_fee' | 'venue' | 'production' | 'rights' | 'promotion' | 'platform' | 'other';
interface DemoCostLine {
  category: Category;
  label: string;
  basis: 'fixed' | 'per_satellite';
  plannedCents: number;
  actualCents: number | null;
}

const fixed = (
  category: Category,
  label: string,
  plannedCents: number,
  actualCents: number | null = plannedCents,
): DemoCostLine => ({
  category,
  label,
  basis: 'fixed',
  plannedCents,
  actualCents,
});
const kit = (actual: boolean): DemoCostLine => ({
  category: 'promotion',
  label: 'Affiche- en ticketkit per satelliet',
  basis: 'per_satellite',
  plannedCents: 1200,
  actualCents: actual ? 1200 : null,
});
/** The lines every streamed show has; a show that went ahead has its actual amounts in. */
const production = (artist: number, venue: number, crew: number, actual = true): DemoCostLine[] => [
  fixed('artist_fee', 'Gage artiesten', artist, actual ? artist : null),
  fixed('venue', 'Zaal en techniek lanceercentrum', venue, actual ? venue : null),
  fixed('production', 'Opname- en streamingploeg', crew, actual ? crew : null),
  fixed('rights', 'SABAM', 30000, actual ? 30000 : null),
  fixed('promotion', 'Drukwerk en promotie', 35000, actual ? 35000 : null),
  fixed('platform', 'Streamingplatform', 25000, actual ? 25000 : null),
  kit(actual),
];

/** Made-up satellites: the pool every demo show takes its culture houses and care centres from. */
const POOL = { culture_house: 60, care_centre: 150 } as const;

export const DEMO_SATELLITES = (['culture_house', 'care_centre'] as const).flatMap((kind) =>
  Array.from({ length: POOL[kind] }, (_, i) => {
    const n = i + 1;
    const code = kind === 'culture_house' ? 3 : 4;
    // The first 99 keep the ids they always had; the rest take one more digit.
    const number = n < 100 ? `0${code}${pad(n, 2)}` : `${code}${pad(n, 3)}`;
    return {
      id: `00000000-0000-4000-8000-00000000${number}`,
      kind,
      subKind: kind === 'culture_house' ? 'gemeenschapscentrum' : 'woonzorgcentrum',
      n,
      name: `${kind === 'culture_house' ? 'Demo-cultuurhuis' : 'Demo-zorgcentrum'} ${n}`,
      kbo: kbo(`0799${code}${pad(n, 3)}`),
      email: `demo-${code}${pad(n, 2)}@satelliet.example`,
    };
  }),
);

const financeOf = (index: number) => DEMO_EVENTS[index].id;

interface DemoEventFinance {
  eventId: string;
  /** The plan: satellites expected per audience. */
  plan: { culture_house: number; care_centre: number };
  /** Confirmed sign-ons in the demo. */
  satellites: { culture_house: number; care_centre: number };
  /** The number, in the demo pool, of the first satellite of each audience; the others follow it. */
  firstSatellite: { culture_house: number; care_centre: number };
  costLines: DemoCostLine[];
  otherIncome: { kind: string; label: string; amountCents: number; actualCents: number | null }[];
  /** Books closed by finance, on actual amounts only. */
  closed: boolean;
}

export const DEMO_FINANCE: DemoEventFinance[] = [
  {
    eventId: financeOf(0),
    plan: { culture_house: 12, care_centre: 50 },
    satellites: { culture_house: 12, care_centre: 50 },
    firstSatellite: { culture_house: 13, care_centre: 1 },
    costLines: production(350000, 80000, 220000),
    otherIncome: [{ kind: 'subsidy', label: 'Provinciale subsidie Limburg', amountCents: 50000, actualCents: 50000 }],
    closed: true,
  },
  {
    eventId: financeOf(1),
    plan: { culture_house: 16, care_centre: 45 },
    satellites: { culture_house: 16, care_centre: 45 },
    firstSatellite: { culture_house: 25, care_centre: 51 },
    costLines: production(392800, 60000, 180000),
    otherIncome: [],
    closed: true,
  },
  {
    eventId: financeOf(2),
    plan: { culture_house: 20, care_centre: 36 },
    satellites: { culture_house: 20, care_centre: 36 },
    firstSatellite: { culture_house: 41, care_centre: 96 },
    costLines: [...production(420000, 70000, 349400), fixed('production', 'Beiaard: opname vanuit het belfort', 200000)],
    otherIncome: [],
    closed: true,
  },
  {
    eventId: financeOf(3),
    plan: { culture_house: 14, care_centre: 60 },
    satellites: { culture_house: 8, care_centre: 30 },
    firstSatellite: { culture_house: 1, care_centre: 1 },
    // Cancelled because the artist fell ill: finance confirmed that no fee, hall or crew is owed; posters and kits were paid.
    costLines: [
      fixed('artist_fee', 'Gage Adamo', 480000, 0),
      fixed('venue', 'Zaal AB', 150000, 0),
      fixed('production', 'Opname- en streamingploeg', 150000, 0),
      fixed('promotion', 'Affiches', 50000, 52000),
      kit(true),
    ],
    otherIncome: [],
    closed: true,
  },
  // The season 2026-2027 is being planned: only planned amounts, no sign-ons yet.
  ...[4, 5, 6, 7].map((index) => ({
    eventId: financeOf(index),
    plan: { culture_house: 10, care_centre: 50 },
    satellites: { culture_house: 0, care_centre: 0 },
    firstSatellite: { culture_house: 1, care_centre: 1 },
    costLines: production(280000, 70000, 200000, false),
    otherIncome: [],
    closed: false,
  })),
  // Spring 2024: planned, published, and signed on beyond the plan; the actual invoices are still to come.
  ...[8, 9].map((index) => ({
    eventId: financeOf(index),
    plan: { culture_house: 10, care_centre: 45 },
    satellites: { culture_house: 12, care_centre: 52 },
    firstSatellite: { culture_house: 1, care_centre: 1 },
    costLines: production(250000, 60000, 180000, false),
    otherIncome: [],
    closed: false,
  })),
  // 2022, invented: every stream breaks even on its own satellites; books closed.
  ...(
    [
      [10, { culture_house: 10, care_centre: 32 }, { culture_house: 1, care_centre: 20 }, production(200000, 50000, 150000)],
      [11, { culture_house: 10, care_centre: 32 }, { culture_house: 11, care_centre: 52 }, production(210000, 55000, 148000)],
      [13, { culture_house: 12, care_centre: 32 }, { culture_house: 21, care_centre: 84 }, production(250000, 60000, 150000)],
      [14, { culture_house: 11, care_centre: 31 }, { culture_house: 33, care_centre: 116 }, production(230000, 55000, 144000)],
    ] as const
  ).map(([index, satellites, firstSatellite, costLines]) => ({
    eventId: financeOf(index),
    plan: satellites,
    satellites,
    firstSatellite,
    costLines,
    otherIncome: [],
    closed: true,
  })),
  // Cancelled in the heat wave before anyone signed on; the posters were printed.
  {
    eventId: financeOf(12),
    plan: { culture_house: 10, care_centre: 40 },
    satellites: { culture_house: 0, care_centre: 0 },
    firstSatellite: { culture_house: 1, care_centre: 1 },
    costLines: [fixed('promotion', 'Affiches', 20000)],
    otherIncome: [],
    closed: true,
  },
];

/** One confirmed demo sign-on; its id is stable, so a second seed adds nothing. */
export interface DemoSignOn {
  id: string;
  eventId: string;
  organisationId: string;
  audience: 'culture_house' | 'care_centre';
  email: string;
  /** 1, 2, 3… within the event: what the demo feedback varies on. */
  n: number;
}

/** Every show's satellites, taken in order from the pool from its first satellite on. */
export function demoSignOns(): DemoSignOn[] {
  return DEMO_FINANCE.flatMap((plan) => {
    let n = 0;
    return (['culture_house', 'care_centre'] as const).flatMap((audience) =>
      DEMO_SATELLITES.filter((org) => org.kind === audience)
        .slice(plan.firstSatellite[audience] - 1, plan.firstSatellite[audience] - 1 + plan.satellites[audience])
        .map((org) => ({
          id: demoRowId('e', plan.eventId, ++n),
          eventId: plan.eventId,
          organisationId: org.id,
          audience,
          email: org.email,
          n,
        })),
    );
  });
}

const FINANCE_USER = DEMO_USERS[1];

export const DEMO_BUDGET_YEARS = [
  {
    year: 2022,
    approvedMarginCents: -500000,
    setBy: FINANCE_USER.id,
    setAt: '2021-12-15T19:00:00+01:00',
    reference: 'Raad van bestuur 15 december 2021',
  },
  {
    year: 2023,
    approvedMarginCents: -800000,
    setBy: FINANCE_USER.id,
    setAt: '2022-12-14T19:00:00+01:00',
    reference: 'Raad van bestuur 14 december 2022, punt 5',
  },
  ...[2024, 2026, 2027].map((year) => ({
    year,
    approvedMarginCents: -500000,
    setBy: FINANCE_USER.id,
    setAt: `${year - 1}-12-12T19:00:00+01:00`,
    reference: `Raad van bestuur december ${year - 1}`,
  })),
];

export const DEMO_DECISIONS = [
  {
    id: '00000000-0000-4000-d000-000000002303',
    eventId: financeOf(2),
    // Exactly the planned deficit: the least the budget rule let it publish with.
    acceptedDeficitCents: 354600,
    reasons: ['social_relevance', 'partner_satisfaction'],
    decidedBy: 'Raad van bestuur',
    decidedAt: '2023-06-20T19:00:00+02:00',
    recordedBy: FINANCE_USER.id,
  },
];

/** Stable ids, so a second seed inserts nothing. */
export const demoRowId = (group: 'c' | 'e' | 'f', eventId: string, n: number) =>
  `00000000-0000-4000-${group}000-${eventId.slice(-4)}${pad(n, 8)}`;
