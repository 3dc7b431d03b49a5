import { ApiProperty } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsEmail, IsString, MaxLength, MinLength } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

/** The same rule as at registration. */
const NewPassword = () => (target: object, key: string) => {
  ApiProperty({ description: 'Nieuw wachtwoord, minstens 10 tekens.', minLength: 10 })(target, key);
  IsString()(target, key);
  MinLength(10, { message: 'moet minstens 10 tekens lang zijn' })(target, key);
  MaxLength(200)(target, key);
};

export class ChangePasswordDto {
  @ApiProperty({ description: 'Het huidige wachtwoord.' })
  @IsString()
  @MaxLength(200)
  currentPassword: string;

  @NewPassword()
  newPassword: string;
}

export class PasswordResetRequestDto {
  @ApiProperty({ description: 'Het e-mailadres van het account.' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(200)
  email: string;
}

export class PasswordResetDto {
  @ApiProperty({ description: 'Het token uit de link in de mail.' })
  @IsString()
  @MaxLength(200)
  token: string;

  @NewPassword()
  newPassword: string;
}

export class ColleagueInvitationDto {
  @ApiProperty({ description: 'Het e-mailadres van de collega.', example: 'jan.peeters@wzc-delinde.be' })
  @Transform(trim)
  @IsEmail()
  @MaxLength(200)
  email: string;
}

export class AcceptColleagueInvitationDto {
  @ApiProperty({ description: 'Het token uit de link in de mail.' })
  @IsString()
  @MaxLength(200)
  token: string;

  @ApiProperty({ description: 'Voor- en achternaam.', example: 'Jan Peeters' })
  @Transform(trim)
  @IsString()
  @MinLength(2)
  @MaxLength(120)
  fullName: string;

  @NewPassword()
  password: string;
}

export class AcknowledgedView {
  @ApiProperty({ description: 'Wat er nu gebeurt, in het Nederlands.' }) message: string;
}

export class ColleagueInvitedView {
  @ApiProperty({ description: 'Naar dit adres ging de uitnodiging.' }) email: string;
  @ApiProperty({ description: 'Tot wanneer de link werkt.' }) expiresAt: string;
}
