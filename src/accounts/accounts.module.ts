import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { JwtModule } from '@nestjs/jwt';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AppConfig, DEVELOPMENT_TOKEN_SECRET } from '../common/config/app-config.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { AccessGuard } from './access.guard.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { User } from './entities/user.entity.js';
import { PasswordHasher } from './password-hasher.js';
import { Sessions } from './sessions.js';
import { TokenService } from './token.service.js';
import { UsersController } from './users.controller.js';
import { UsersRepository } from './users.repository.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([User]),
    OrganisationsModule,
    JwtModule.registerAsync({
      inject: [AppConfig],
      useFactory: (config: AppConfig) => ({ secret: config.TOKEN_SECRET ?? DEVELOPMENT_TOKEN_SECRET }),
    }),
  ],
  controllers: [AuthController, UsersController],
  providers: [
    UsersRepository,
    UsersService,
    AuthService,
    TokenService,
    Sessions,
    PasswordHasher,
    { provide: APP_GUARD, useClass: AccessGuard },
  ],
  exports: [UsersRepository, UsersService, TokenService, AuthService, Sessions, PasswordHasher],
})
export class AccountsModule {}
