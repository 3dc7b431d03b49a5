import { ApiProperty } from '@nestjs/swagger';
import { PictureAndSound } from '../picture-and-sound.js';

export class PerAudienceCountView {
  @ApiProperty({ description: 'Cultuurhuizen.' }) culture_house: number;
  @ApiProperty({ description: 'Zorgcentra.' }) care_centre: number;
}

export class SatisfactionCountsView {
  @ApiProperty({ description: 'Antwoorden "heel ontevreden".' }) 1: number;
  @ApiProperty({ description: 'Antwoorden "ontevreden".' }) 2: number;
  @ApiProperty({ description: 'Antwoorden "neutraal".' }) 3: number;
  @ApiProperty({ description: 'Antwoorden "tevreden".' }) 4: number;
  @ApiProperty({ description: 'Antwoorden "heel tevreden".' }) 5: number;
}

export class PictureAndSoundCountsView {
  @ApiProperty({ description: 'Beeld en geluid goed.' }) good: number;
  @ApiProperty({ description: 'Met haperingen.' }) hiccups: number;
  @ApiProperty({ description: 'Lukte niet.' }) failed: number;
}

export class FeedbackSummaryView {
  @ApiProperty({ description: 'Satellieten die antwoordden.' }) reported: number;
  @ApiProperty({ description: 'Gemelde kijkers, opgeteld.' }) viewers: number;
  @ApiProperty({ description: 'Gemelde schermen, opgeteld.' }) screens: number;
  @ApiProperty({ nullable: true, description: 'Gemiddelde tevredenheid (1 tot 5, op één decimaal); null zonder antwoorden.' })
  averageSatisfaction: number | null;
  @ApiProperty({ type: SatisfactionCountsView, description: 'Hoeveel antwoorden elke score gaven.' })
  satisfactionCounts: SatisfactionCountsView;
  @ApiProperty({ type: PictureAndSoundCountsView, description: 'Hoe beeld en geluid doorkwamen, per antwoord.' })
  pictureAndSoundCounts: PictureAndSoundCountsView;
}

export class ImpactCommentView {
  @ApiProperty({ description: 'De satelliet die de opmerking gaf.' }) organisationName: string;
  @ApiProperty({ description: 'De opmerking.' }) text: string;
}

export class TechnicalIssueView {
  @ApiProperty({ enum: ['satellite', 'launch_centre'], description: 'Wie het meldde.' }) source: 'satellite' | 'launch_centre';
  @ApiProperty({ description: 'De satelliet of het lanceercentrum.' }) organisationName: string;
  @ApiProperty({
    enum: PictureAndSound,
    enumName: 'PictureAndSound',
    nullable: true,
    description: 'Oordeel van de satelliet; null voor het lanceercentrum.',
  })
  pictureAndSound: PictureAndSound | null;
  @ApiProperty({ description: 'Opmerking of incident; kan leeg zijn.' }) text: string;
}

/** What one stream achieved; definitions in docs/impact.md. */
export class EventImpactView {
  @ApiProperty({ description: 'De voorstelling.' }) eventId: string;
  @ApiProperty({ type: PerAudienceCountView, description: 'Bevestigde satellieten per doelgroep.' })
  satellitesByAudience: PerAudienceCountView;
  @ApiProperty({ description: 'Bevestigde satellieten in totaal.' }) satellites: number;
  @ApiProperty({ type: PerAudienceCountView, description: 'Satellieten die antwoordden, per doelgroep.' })
  reportedByAudience: PerAudienceCountView;
  @ApiProperty({ type: FeedbackSummaryView, description: 'De antwoorden samengeteld.' }) feedback: FeedbackSummaryView;
  @ApiProperty({ type: [ImpactCommentView], description: 'De opmerkingen van de satellieten.' }) comments: ImpactCommentView[];
  @ApiProperty({
    type: [TechnicalIssueView],
    description: 'Problemen met beeld en geluid, en de incidenten van het lanceercentrum.',
  })
  technicalIssues: TechnicalIssueView[];
  @ApiProperty({ description: 'Actuele kost van de voorstelling in eurocent excl. btw (zoals in het financieel overzicht).' })
  costCents: number;
  @ApiProperty({
    nullable: true,
    description: 'Kost gedeeld door de gemelde kijkers, in eurocent; null zolang niemand kijkers meldde.',
  })
  costPerViewerCents: number | null;
}
