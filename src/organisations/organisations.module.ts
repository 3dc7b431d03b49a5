import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { Organisation } from './entities/organisation.entity.js';
import { OperatorController } from './operator.controller.js';
import { OperatorService } from './operator.service.js';
import { OrganisationsController } from './organisations.controller.js';
import { OrganisationsRepository } from './organisations.repository.js';
import { OrganisationsService } from './organisations.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([Organisation])],
  controllers: [OrganisationsController, OperatorController],
  providers: [OrganisationsRepository, OrganisationsService, OperatorService],
  exports: [OrganisationsRepository, OrganisationsService, OperatorService],
})
export class OrganisationsModule {}
