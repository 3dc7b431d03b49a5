import { webhookFactOf } from './webhook-facts.js';

const event = (type: string, object: Record<string, unknown>) => ({ type, data: { object } });
const metadata = { sign_on_id: '5b1c' };

describe('Stripe-meldingen lezen', () => {
  it('leest een betaalde Checkout-sessie als betaald, met sessie, payment intent en bedrag', () => {
    expect(
      webhookFactOf(
        event('checkout.session.completed', {
          id: 'cs_1',
          payment_status: 'paid',
          payment_intent: 'pi_1',
          amount_total: 10070,
          currency: 'eur',
          metadata,
        }),
      ),
    ).toEqual({
      fact: 'paid',
      checkoutSessionId: 'cs_1',
      paymentIntentId: 'pi_1',
      signOnId: '5b1c',
      amountTotalCents: 10070,
      currency: 'eur',
    });
  });

  it('wacht bij Bancontact op de uiteindelijke betaling wanneer de sessie nog niet betaald is', () => {
    expect(
      webhookFactOf(event('checkout.session.completed', { id: 'cs_1', payment_status: 'unpaid', metadata })),
    ).toBeUndefined();
    expect(webhookFactOf(event('checkout.session.async_payment_succeeded', { id: 'cs_1', payment_status: 'paid' }))?.fact).toBe(
      'paid',
    );
    expect(webhookFactOf(event('checkout.session.async_payment_failed', { id: 'cs_1' }))?.fact).toBe('failed');
  });

  it('leest verlopen sessies en mislukte betalingen', () => {
    expect(webhookFactOf(event('checkout.session.expired', { id: 'cs_1', client_reference_id: '5b1c' }))).toMatchObject({
      fact: 'expired',
      checkoutSessionId: 'cs_1',
      signOnId: '5b1c',
    });
    expect(webhookFactOf(event('payment_intent.payment_failed', { id: 'pi_1', metadata }))).toEqual({
      fact: 'failed',
      paymentIntentId: 'pi_1',
      signOnId: '5b1c',
    });
  });

  it('telt enkel een volledige terugbetaling of een geslaagde refund als terugbetaald', () => {
    expect(webhookFactOf(event('charge.refunded', { id: 'ch_1', payment_intent: 'pi_1', refunded: true }))).toMatchObject({
      fact: 'refunded',
      paymentIntentId: 'pi_1',
    });
    expect(webhookFactOf(event('charge.refunded', { id: 'ch_1', payment_intent: 'pi_1', refunded: false }))).toBeUndefined();
    expect(webhookFactOf(event('refund.updated', { id: 're_1', payment_intent: 'pi_1', status: 'succeeded' }))).toMatchObject({
      fact: 'refunded',
      refundId: 're_1',
    });
    expect(webhookFactOf(event('refund.updated', { id: 're_1', status: 'pending' }))).toBeUndefined();
    expect(webhookFactOf(event('refund.failed', { id: 're_1', status: 'failed' }))?.fact).toBe('refund_failed');
  });

  it('leest een uitgeklapte payment intent als zijn id', () => {
    expect(webhookFactOf(event('charge.refunded', { refunded: true, payment_intent: { id: 'pi_2' } }))?.paymentIntentId).toBe(
      'pi_2',
    );
  });

  it('negeert soorten meldingen die geen betaling veranderen', () => {
    expect(webhookFactOf(event('customer.created', { id: 'cus_1' }))).toBeUndefined();
  });
});
