import { ApiProperty } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';

export class EraseOrganisationDto {
  @ApiProperty({ description: 'De naam van de organisatie, nog eens getypt: wissen kan niet ongedaan gemaakt worden.' })
  @IsString()
  @MaxLength(300)
  confirmName: string;
}

export class ErasureView {
  @ApiProperty({ description: 'De gewiste organisatie.' })
  organisationId: string;

  @ApiProperty({ description: 'Wanneer gewist (ISO 8601).' })
  erasedAt: string;

  @ApiProperty({ description: 'Gebruikers die geanonimiseerd en gedeactiveerd werden.' })
  usersAnonymised: number;

  @ApiProperty({ description: 'Intekeningen waarvan de contactpersoon geanonimiseerd werd.' })
  signOnsAnonymised: number;

  @ApiProperty({ description: 'Uitnodigingen die ingetrokken of geanonimiseerd werden.' })
  invitationsAnonymised: number;

  @ApiProperty({ description: 'Mails die niet meer verstuurd worden of waarvan alleen bewaard blijft dat ze vertrokken.' })
  mailsAnonymised: number;

  @ApiProperty({ description: 'Facturen die met hun kopergegevens van bij uitgifte bewaard blijven (7 jaar).' })
  invoicesKept: number;
}
