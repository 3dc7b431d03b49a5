import { Injectable } from '@nestjs/common';
import type { AuthenticatedUser } from '../accounts/authenticated-user.js';
import { Role } from '../accounts/role.js';
import { ProblemException } from '../common/errors/problem.js';
import { InvoiceDocumentsService } from '../invoicing/invoice-documents.service.js';
import { brusselsDate } from '../invoicing/invoice-dates.js';
import { exportFileName, packExport, type ExportDocument } from './organisation-export.js';
import { OrganisationExportRepository, type ExportedDocumentRef } from './organisation-export.repository.js';
import { PrivacyProblems } from './privacy.errors.js';

export interface OrganisationExportFile {
  fileName: string;
  body: Buffer;
}

/** Any member may take its own organisation's data along; an admin may do it for any organisation (GDPR art. 15 and 20). */
export function mayExportOrganisation(user: AuthenticatedUser, organisationId: string): boolean {
  return user.role === Role.Admin || user.organisationId === organisationId;
}

/** Everything Satelliet holds about one organisation, as one JSON file in a ZIP with its invoices as issued. */
@Injectable()
export class OrganisationExportService {
  constructor(
    private readonly data: OrganisationExportRepository,
    private readonly documents: InvoiceDocumentsService,
  ) {}

  async export(organisationId: string, user: AuthenticatedUser): Promise<OrganisationExportFile> {
    const organisation = mayExportOrganisation(user, organisationId) ? await this.data.organisation(organisationId) : undefined;
    // Someone else's organisation looks the same as one that does not exist.
    if (!organisation) {
      throw new ProblemException(PrivacyProblems.organisationNotFound, 'Deze organisatie bestaat niet of u hoort er niet bij.');
    }
    const now = new Date();
    const data = {
      exportedAt: now.toISOString(),
      about:
        'Alle gegevens die Satelliet over deze organisatie bewaart. Facturen en creditnota’s staan ook als pdf en UBL in de map facturen/.',
      organisation,
      users: await this.data.users(organisationId),
      signOns: await this.data.signOns(organisationId),
      invitations: await this.data.invitations(organisationId),
      invoices: await this.data.invoices(organisationId),
      onlinePayments: await this.data.onlinePayments(organisationId),
      calendarFeed: await this.data.calendarFeed(organisationId),
      auditEntries: await this.data.auditEntries(organisationId),
    };
    const files = await this.renderDocuments(await this.data.documents(organisationId), user);
    return {
      fileName: exportFileName(String(organisation.name), brusselsDate(now)),
      body: Buffer.from(packExport(data, files, now)),
    };
  }

  /** The same renderer as the invoice downloads, so each file is the document as it was issued. */
  private async renderDocuments(references: readonly ExportedDocumentRef[], user: AuthenticatedUser): Promise<ExportDocument[]> {
    const files: ExportDocument[] = [];
    for (const reference of references) {
      for (const format of ['pdf', 'xml'] as const) {
        const rendered =
          reference.kind === 'invoice'
            ? await this.documents.invoice(reference.id, format, user)
            : await this.documents.creditNote(reference.id, format, user);
        files.push({ path: `facturen/${rendered.fileName}`, body: rendered.body });
      }
    }
    return files;
  }
}
