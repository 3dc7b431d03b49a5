/** A proposal is submitted until the admin accepts it (it becomes a draft event) or declines it. */
export enum ProposalStatus {
  Submitted = 'submitted',
  Accepted = 'accepted',
  Declined = 'declined',
}
