import { Check, Column, Entity, PrimaryColumn } from 'typeorm';

/** A programme season such as 2023-2024, from autumn to spring. */
@Entity('seasons')
@Check('seasons_code_check', `code ~ '^[0-9]{4}-[0-9]{4}$'`)
@Check('seasons_dates_check', 'starts_on < ends_on')
export class Season {
  @PrimaryColumn({ type: 'text' })
  code: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'date' })
  startsOn: string;

  @Column({ type: 'date' })
  endsOn: string;
}
