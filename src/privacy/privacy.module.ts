import { Module } from '@nestjs/common';
import { InvoicingModule } from '../invoicing/invoicing.module.js';
import { MailModule } from '../mail/mail.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { OrganisationErasureRepository } from './organisation-erasure.repository.js';
import { OrganisationErasureService } from './organisation-erasure.service.js';
import { OrganisationExportRepository } from './organisation-export.repository.js';
import { OrganisationExportService } from './organisation-export.service.js';
import { PrivacyController } from './privacy.controller.js';
import { SignOnContactRetention } from './sign-on-contact-retention.js';

/** What the GDPR asks of Satelliet beyond access rules: an organisation's data to take along or erase, and nothing kept longer than needed. */
@Module({
  imports: [MailModule, InvoicingModule, OrganisationsModule],
  controllers: [PrivacyController],
  providers: [
    SignOnContactRetention,
    OrganisationExportRepository,
    OrganisationExportService,
    OrganisationErasureRepository,
    OrganisationErasureService,
  ],
  exports: [OrganisationExportService, OrganisationErasureService],
})
export class PrivacyModule {}
