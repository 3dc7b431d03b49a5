import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsEnum, IsIn, IsOptional, IsString, Matches, MaxLength, MinLength, registerDecorator } from 'class-validator';
import { isValidEnterpriseNumber, normaliseEnterpriseNumber } from '../enterprise-number.js';
import { OrganisationKind, OrganisationSubKind, PaymentMethod, Province } from '../organisation-kinds.js';
import type { Organisation } from '../entities/organisation.entity.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

function IsEnterpriseNumber() {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'isEnterpriseNumber',
      target: target.constructor,
      propertyName,
      options: { message: 'is geen geldig ondernemingsnummer (10 cijfers met geldige controle, bv. 0123.456.749)' },
      validator: { validate: (value: unknown) => typeof value === 'string' && isValidEnterpriseNumber(value) },
    });
}

/** What an organisation tells about itself, at registration or when it is edited. */
export class OrganisationInput {
  @ApiProperty({ enum: [OrganisationKind.CultureHouse, OrganisationKind.CareCentre], description: 'Cultuurhuis of zorgcentrum.' })
  @IsIn([OrganisationKind.CultureHouse, OrganisationKind.CareCentre])
  kind: OrganisationKind.CultureHouse | OrganisationKind.CareCentre;

  @ApiProperty({ enum: OrganisationSubKind, description: 'Soort: woonzorgcentrum, cultuurcentrum, …' })
  @IsEnum(OrganisationSubKind)
  subKind: OrganisationSubKind;

  @ApiProperty({ description: 'Naam van de organisatie.', example: 'WZC De Linde' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name: string;

  @ApiProperty({ description: 'Ondernemingsnummer (KBO), met of zonder punten.', example: '0123.456.749' })
  @Transform(trim)
  @IsEnterpriseNumber()
  enterpriseNumber: string;

  @ApiPropertyOptional({
    description: 'Btw-nummer, als de organisatie btw-plichtig is; null wist het.',
    example: 'BE0123456749',
    nullable: true,
  })
  @IsOptional()
  @Transform(trim)
  @Matches(/^BE ?[01]\d{3}\.?\d{3}\.?\d{3}$/i, { message: 'moet een Belgisch btw-nummer zijn (bv. BE0123456749)' })
  vatNumber?: string | null;

  @ApiProperty({ description: 'Straat en huisnummer.', example: 'Lindelaan 12' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  street: string;

  @ApiProperty({ description: 'Belgische postcode van 4 cijfers.', example: '3900' })
  @Transform(trim)
  @Matches(/^[1-9]\d{3}$/, { message: 'moet een Belgische postcode van 4 cijfers zijn' })
  postcode: string;

  @ApiProperty({ description: 'Gemeente.', example: 'Pelt' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(100)
  municipality: string;

  @ApiProperty({ enum: Province, description: 'Provincie (of Brussel).' })
  @IsEnum(Province)
  province: Province;

  @ApiProperty({ description: 'Algemeen e-mailadres van de organisatie.', example: 'info@wzc-delinde.be' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(200)
  email: string;

  @ApiProperty({ description: 'Algemeen telefoonnummer.', example: '011 12 34 56' })
  @Transform(trim)
  @Matches(/^\+?[0-9][0-9 ./()-]{7,19}$/, { message: 'moet een telefoonnummer zijn (bv. 011 12 34 56)' })
  phone: string;
}

export class UpdateOrganisationDto extends PartialType(
  PickType(OrganisationInput, [
    'name',
    'vatNumber',
    'street',
    'postcode',
    'municipality',
    'province',
    'email',
    'phone',
    'subKind',
  ] as const),
) {
  @ApiPropertyOptional({ enum: PaymentMethod, description: 'Betalen per factuur of online (Bancontact of kaart).' })
  @IsOptional()
  @IsEnum(PaymentMethod)
  paymentMethod?: PaymentMethod;
}

export class OrganisationView {
  @ApiProperty({ description: 'Id van de organisatie.' }) id: string;
  @ApiProperty({ enum: OrganisationKind, description: 'Operator, cultuurhuis of zorgcentrum.' }) kind: OrganisationKind;
  @ApiProperty({ enum: OrganisationSubKind, nullable: true, description: 'Soort organisatie.' })
  subKind: OrganisationSubKind | null;
  @ApiProperty({ description: 'Naam.' }) name: string;
  @ApiProperty({ description: 'Ondernemingsnummer, 10 cijfers.' }) enterpriseNumber: string;
  @ApiProperty({ nullable: true, description: 'Btw-nummer.' }) vatNumber: string | null;
  @ApiProperty({ description: 'Straat en huisnummer.' }) street: string;
  @ApiProperty({ description: 'Postcode.' }) postcode: string;
  @ApiProperty({ description: 'Gemeente.' }) municipality: string;
  @ApiProperty({ enum: Province, description: 'Provincie.' }) province: Province;
  @ApiProperty({ description: 'E-mailadres.' }) email: string;
  @ApiProperty({ description: 'Telefoonnummer.' }) phone: string;
  @ApiProperty({ description: 'Gedeactiveerde organisaties kunnen niet aanmelden.' }) active: boolean;
  @ApiProperty({ enum: PaymentMethod, description: 'Betalen per factuur (standaard) of online.' }) paymentMethod: PaymentMethod;
  @ApiProperty({ type: String, nullable: true, description: 'Wanneer de organisatie gewist werd (AVG); null zolang niet.' })
  erasedAt: string | null;

  static of(organisation: Organisation): OrganisationView {
    const {
      id,
      kind,
      subKind,
      name,
      enterpriseNumber,
      vatNumber,
      street,
      postcode,
      municipality,
      province,
      email,
      phone,
      active,
      paymentMethod,
      erasedAt,
    } = organisation;
    return {
      id,
      kind,
      subKind,
      name,
      enterpriseNumber,
      vatNumber,
      street,
      postcode,
      municipality,
      province,
      email,
      phone,
      active,
      paymentMethod,
      erasedAt: erasedAt?.toISOString() ?? null,
    };
  }
}

export function normaliseOrganisationInput<T extends Partial<OrganisationInput>>(input: T): T {
  return {
    ...input,
    ...(input.enterpriseNumber ? { enterpriseNumber: normaliseEnterpriseNumber(input.enterpriseNumber) } : {}),
    ...(input.vatNumber ? { vatNumber: input.vatNumber.replace(/[\s.]/g, '').toUpperCase() } : {}),
  };
}
