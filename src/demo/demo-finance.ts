import { enterpriseCheckDigits } from '../organisations/enterprise-number.js';
import { DEMO_EVENTS, DEMO_USERS } from './demo-data.js';

/**
 * Demo money. The 2023 annual report gives outcomes (two shows break even, Bartje en de Beiaard
 * runs on a principle decision, C'est ma vie is cancelled) but no amounts: every amount, count
 * and satellite below is ours, chosen so that the demo year 2023 tells that story.
 *
 *   Chique Dingues        12 culture houses + 50 care centres, provincial subsidy   €   106,00
 *   Old Time Favourites   10 + 45                                                   €   315,00
 *   Bartje en de Beiaard   6 + 22, its planned deficit accepted by a decision       - € 3.546,00
 *   C'est ma vie          planned 14 + 60 to break even (€ 12,00); cancelled with
 *                         8 + 30 signed on: only the posters and their 38 kits      - €   976,00
 *   Year 2023, margin - € 8.000,00, books closed                                    - € 4.101,00
 *
 * Each 2023 show drew the satellites it planned, so plan and final result agree. The spring-2024
 * shows and the 2026-2027 season are planned to break even; 2024, 2026 and 2027 have margins.
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

/** Made-up satellites, enough for ~50 care centres on one show. */
export const DEMO_SATELLITES = [
  ...Array.from({ length: 14 }, (_, i) => ({ kind: 'culture_house' as const, subKind: 'gemeenschapscentrum', n: i + 1 })),
  ...Array.from({ length: 60 }, (_, i) => ({ kind: 'care_centre' as const, subKind: 'woonzorgcentrum', n: i + 1 })),
].map(({ kind, subKind, n }) => {
  const code = kind === 'culture_house' ? 3 : 4;
  return {
    id: `00000000-0000-4000-8000-000000000${code}${pad(n, 2)}`,
    kind,
    subKind,
    name: `${kind === 'culture_house' ? 'Demo-cultuurhuis' : 'Demo-zorgcentrum'} ${n}`,
    kbo: kbo(`0799${code}${pad(n, 3)}`),
    email: `demo-${code}${pad(n, 2)}@satelliet.example`,
  };
});

const financeOf = (index: number) => DEMO_EVENTS[index].id;

interface DemoEventFinance {
  eventId: string;
  /** The plan: satellites expected per audience. */
  plan: { culture_house: number; care_centre: number };
  /** Confirmed sign-ons in the demo. */
  satellites: { culture_house: number; care_centre: number };
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
    costLines: production(350000, 80000, 220000),
    otherIncome: [{ kind: 'subsidy', label: 'Provinciale subsidie Limburg', amountCents: 50000, actualCents: 50000 }],
    closed: true,
  },
  {
    eventId: financeOf(1),
    plan: { culture_house: 10, care_centre: 45 },
    satellites: { culture_house: 10, care_centre: 45 },
    costLines: production(250000, 60000, 180000),
    otherIncome: [],
    closed: true,
  },
  {
    eventId: financeOf(2),
    plan: { culture_house: 6, care_centre: 22 },
    satellites: { culture_house: 6, care_centre: 22 },
    costLines: production(320000, 70000, 200000),
    otherIncome: [],
    closed: true,
  },
  {
    eventId: financeOf(3),
    plan: { culture_house: 14, care_centre: 60 },
    satellites: { culture_house: 8, care_centre: 30 },
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
    costLines: production(280000, 70000, 200000, false),
    otherIncome: [],
    closed: false,
  })),
  // Spring 2024: planned, published, and signed on beyond the plan; the actual invoices are still to come.
  ...[8, 9].map((index) => ({
    eventId: financeOf(index),
    plan: { culture_house: 10, care_centre: 45 },
    satellites: { culture_house: 12, care_centre: 52 },
    costLines: production(250000, 60000, 180000, false),
    otherIncome: [],
    closed: false,
  })),
];

const FINANCE_USER = DEMO_USERS[1];

export const DEMO_BUDGET_YEARS = [
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
