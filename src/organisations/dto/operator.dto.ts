import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsString, MaxLength, MinLength, registerDecorator } from 'class-validator';
import { isValidEnterpriseNumber } from '../enterprise-number.js';
import { isValidBelgianVatNumber, isValidIban } from '../operator-details.js';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

function Checked(name: string, check: (value: string) => boolean, message: string) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options: { message },
      validator: { validate: (value: unknown) => typeof value === 'string' && check(value) },
    });
}

/** What invoices say about the operator as seller; all four are needed before one can go out. */
export class UpdateOperatorDto {
  @ApiProperty({ description: 'Officiële naam van de operator, zoals op de facturen.', example: 'Satelliet vzw' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  name: string;

  @ApiProperty({ description: 'Ondernemingsnummer (KBO), met of zonder punten.', example: '0799.000.183' })
  @Transform(trim)
  @Checked(
    'isEnterpriseNumber',
    isValidEnterpriseNumber,
    'is geen geldig ondernemingsnummer (10 cijfers met geldige controle, bv. 0799.000.183)',
  )
  enterpriseNumber: string;

  @ApiProperty({ description: 'Belgisch btw-nummer: BE en het ondernemingsnummer.', example: 'BE0799000183' })
  @Transform(trim)
  @Checked(
    'isBelgianVatNumber',
    isValidBelgianVatNumber,
    'is geen geldig Belgisch btw-nummer (BE en 10 cijfers, bv. BE0799000183)',
  )
  vatNumber: string;

  @ApiProperty({ description: 'Rekening waarop facturen betaald worden.', example: 'BE68 5390 0754 7034' })
  @Transform(trim)
  @Checked('isIban', isValidIban, 'is geen geldig IBAN-rekeningnummer (bv. BE68 5390 0754 7034)')
  iban: string;
}

export class OperatorView {
  @ApiProperty({ description: 'Id van de operator-organisatie.' }) id: string;
  @ApiProperty({ description: 'Naam.' }) name: string;
  @ApiProperty({ description: 'Ondernemingsnummer, 10 cijfers.' }) enterpriseNumber: string;
  @ApiProperty({ nullable: true, description: 'Btw-nummer, bv. BE0799000183.' }) vatNumber: string | null;
  @ApiProperty({ nullable: true, description: 'IBAN, zonder spaties.' }) iban: string | null;
  @ApiProperty({
    type: [String],
    description: 'Wat nog ontbreekt om facturen uit te geven (leeg als alles ingevuld is).',
    example: ['btw-nummer', 'IBAN'],
  })
  missing: string[];
}
