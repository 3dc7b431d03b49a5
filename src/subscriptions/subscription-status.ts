export enum SubscriptionStatus {
  /** Holds a place while an online payment is under way. */
  PendingPayment = 'pending_payment',
  Confirmed = 'confirmed',
  Waitlisted = 'waitlisted',
  Cancelled = 'cancelled',
  /** An online payment that was not completed in time; the place went back. */
  Expired = 'expired',
}

/** Statuses that take one of the event's places. */
export const PLACE_HOLDING_STATUSES = [SubscriptionStatus.Confirmed, SubscriptionStatus.PendingPayment] as const;

/** Statuses of a live sign-on; an organisation has at most one of these per event. */
export const ACTIVE_STATUSES = [
  SubscriptionStatus.Confirmed,
  SubscriptionStatus.PendingPayment,
  SubscriptionStatus.Waitlisted,
] as const;

export enum Audience {
  CultureHouse = 'culture_house',
  CareCentre = 'care_centre',
}

/** Who pays an invited care centre's tariff. */
export enum CostSharing {
  Sponsor = 'sponsor',
  Satellite = 'satellite',
  Split = 'split',
}
