import { ApiProperty } from '@nestjs/swagger';

export class CheckoutView {
  @ApiProperty({
    description: 'De betaalpagina van Stripe (Bancontact of kaart).',
    example: 'https://checkout.stripe.com/c/pay/cs_test_…',
  })
  checkoutUrl: string;

  @ApiProperty({ description: 'Betaal vóór dit tijdstip (UTC); daarna gaat de vastgehouden plaats terug.' })
  expiresAt: Date;

  @ApiProperty({ description: 'Te betalen, in eurocent incl. btw.', example: 10070 })
  amountCents: number;
}
