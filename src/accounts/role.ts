/** `admin` and `finance` are operator staff; `member` works for a culture house or care centre. */
export enum Role {
  Admin = 'admin',
  Finance = 'finance',
  Member = 'member',
}
