import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { OrganisationKind, OrganisationSubKind, PaymentMethod, Province } from '../organisation-kinds.js';

@Entity('organisations')
// One live account per enterprise; an erased organisation keeps its number (as its kept invoices do) but frees it.
@Index('organisations_enterprise_number_key', ['enterpriseNumber'], { unique: true, where: 'erased_at IS NULL' })
export class Organisation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'enum', enum: OrganisationKind, enumName: 'organisation_kind' })
  kind: OrganisationKind;

  @Column({ type: 'enum', enum: OrganisationSubKind, enumName: 'organisation_sub_kind', nullable: true })
  subKind: OrganisationSubKind | null;

  @Column({ type: 'text' })
  name: string;

  /** Ten bare digits; the unique index makes one account per enterprise. */
  @Column({ type: 'char', length: 10 })
  enterpriseNumber: string;

  @Column({ type: 'text', nullable: true })
  vatNumber: string | null;

  /** Only the operator's is used: the account its invoices are paid into (set on /beheer/organisatie). */
  @Column({ type: 'text', nullable: true })
  iban: string | null;

  @Column({ type: 'text' })
  street: string;

  @Column({ type: 'char', length: 4 })
  postcode: string;

  @Column({ type: 'text' })
  municipality: string;

  @Column({ type: 'enum', enum: Province, enumName: 'province' })
  province: Province;

  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  phone: string;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** One-click links in mails issued before this moment no longer work (set on deactivation). */
  @Column({ type: 'timestamptz', nullable: true })
  linksRevokedAt: Date | null;

  /** Set by a GDPR erasure: its people were anonymised and it can never be reactivated (docs/privacy.md). */
  @Column({ type: 'timestamptz', nullable: true })
  erasedAt: Date | null;

  @Column({ type: 'enum', enum: PaymentMethod, enumName: 'payment_method', default: PaymentMethod.Invoice })
  paymentMethod: PaymentMethod;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
