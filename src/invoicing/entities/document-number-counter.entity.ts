import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The last number taken per series and year; NEXT_DOCUMENT_SEQUENCE_SQL row-locks it while a document is issued. */
@Entity('document_number_counters')
export class DocumentNumberCounter {
  /** 'invoice' or 'credit-note' (DocumentKind). */
  @PrimaryColumn({ type: 'text' })
  kind: string;

  @PrimaryColumn({ type: 'integer' })
  year: number;

  @Column({ type: 'integer' })
  lastSequence: number;
}
