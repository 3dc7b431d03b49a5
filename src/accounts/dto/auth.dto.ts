import { ApiProperty } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsEmail, IsIn, IsObject, IsOptional, IsBoolean, IsString, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { OrganisationInput, OrganisationView } from '../../organisations/dto/organisation.dto.js';
import type { User } from '../entities/user.entity.js';
import { Role } from '../role.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class NewUserInput {
  @ApiProperty({ description: 'Voor- en achternaam.', example: 'An Peeters' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  fullName: string;

  @ApiProperty({ description: 'E-mailadres om mee aan te melden.', example: 'an.peeters@wzc-delinde.be' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(200)
  email: string;

  @ApiProperty({ description: 'Wachtwoord, minstens 10 tekens.', minLength: 10 })
  @IsString()
  @MinLength(10, { message: 'moet minstens 10 tekens lang zijn' })
  @MaxLength(200)
  password: string;
}

export class RegisterDto {
  @ApiProperty({ type: OrganisationInput, description: 'De organisatie die zich aanmeldt.' })
  @IsObject()
  @ValidateNested()
  @Type(() => OrganisationInput)
  organisation: OrganisationInput;

  @ApiProperty({ type: NewUserInput, description: 'De eerste gebruiker van die organisatie.' })
  @IsObject()
  @ValidateNested()
  @Type(() => NewUserInput)
  user: NewUserInput;
}

export class LoginDto {
  @ApiProperty({ description: 'E-mailadres.' })
  @Transform(trim)
  @IsEmail()
  email: string;

  @ApiProperty({ description: 'Wachtwoord.' })
  @IsString()
  @MaxLength(200)
  password: string;
}

export class UserView {
  @ApiProperty({ description: 'Id van de gebruiker.' }) id: string;
  @ApiProperty({ description: 'E-mailadres.' }) email: string;
  @ApiProperty({ description: 'Naam.' }) fullName: string;
  @ApiProperty({ enum: Role, description: 'admin, finance of member.' }) role: Role;
  @ApiProperty({ description: 'Gedeactiveerde gebruikers kunnen niet aanmelden.' }) active: boolean;
  @ApiProperty({ type: OrganisationView, description: 'De organisatie van de gebruiker.' }) organisation: OrganisationView;

  static of(user: User): UserView {
    return {
      id: user.id,
      email: user.email,
      fullName: user.fullName,
      role: user.role,
      active: user.active,
      organisation: OrganisationView.of(user.organisation),
    };
  }
}

export class SessionView {
  @ApiProperty({ description: 'Bearer-token voor de Authorization-header.' }) accessToken: string;
  @ApiProperty({ description: 'Wanneer het token verloopt (ISO 8601).' }) expiresAt: string;
  @ApiProperty({ type: UserView, description: 'De aangemelde gebruiker.' }) user: UserView;
}

export class UpdateUserDto {
  @ApiProperty({ required: false, description: 'Naam.' })
  @IsOptional()
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  fullName?: string;

  @ApiProperty({ required: false, enum: Role, description: 'Rol; admin en finance enkel voor operatorpersoneel.' })
  @IsOptional()
  @IsIn(Object.values(Role))
  role?: Role;

  @ApiProperty({ required: false, description: 'false deactiveert de gebruiker.' })
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}
