import { formatDutchPeriod } from '../src/common/format/dutch-format.js';
import {
  bearer,
  createStaff,
  ensureSeason,
  eventBody,
  publishedEvent,
  registerMember,
  type Member,
} from './support/factories.js';
import { asBuffer, pdfText } from './support/pdf-text.js';
import { startTestApp, type TestApp } from './support/test-app.js';

const PUBLIC_BASE_URL = 'https://satelliet.voorbeeld.be';

describe('het seizoensprogramma voor de nieuwsbrief: pdf en HTML-fragment', () => {
  let t: TestApp;
  let admin: Member;
  let season: string;
  let launchCentreName: string;
  const shows: { id: string; title: string; startsAt: string; endsAt: string; status: 'published' | 'cancelled' }[] = [];
  let draftTitle: string;

  beforeAll(async () => {
    t = await startTestApp({ PUBLIC_BASE_URL });
    await ensureSeason(t.dataSource);
    admin = await createStaff(t, 'admin');
    const launchCentre = await registerMember(t, 'culture_house');
    [{ name: launchCentreName }] = await t.dataSource.query('SELECT name FROM organisations WHERE id = $1', [
      launchCentre.organisationId,
    ]);
    // A title with markup proves the fragment escapes what admins type.
    for (const [title, days] of [
      ['Koffie & <b>taart</b>', 40],
      ['Lentewals', 41],
      ['Zomerbal', 42],
    ] as const) {
      const body = eventBody(launchCentre.organisationId, { title }, days);
      season = body.seasonCode;
      const id = await publishedEvent(t, admin, launchCentre.organisationId, { title }, days);
      shows.push({ id, title, startsAt: body.startsAt, endsAt: body.endsAt, status: 'published' });
    }
    await t.http.post(`/api/events/${shows[2].id}/cancel`).set(bearer(admin)).send({ reason: 'De artiest is ziek.' }).expect(200);
    shows[2].status = 'cancelled';
    draftTitle = 'Nog geheim ontwerp';
    await t.http
      .post('/api/events')
      .set(bearer(admin))
      .send(eventBody(launchCentre.organisationId, { title: draftTitle }, 41))
      .expect(201);
  });
  afterAll(() => t.close());

  const link = (show: (typeof shows)[number]) =>
    `${PUBLIC_BASE_URL}/programma/${show.id}${show.status === 'published' ? '/intekenen' : ''}`;

  it('geeft een HTML-fragment met elke voorstelling, haar uur, lanceercentrum en absolute link, zonder script of stijlblad', async () => {
    const response = await t.http.get(`/api/seasons/${season}/programme.html`).set(bearer(admin)).expect(200);
    expect(response.headers['content-type']).toContain('text/html');
    const html = response.text;
    for (const show of shows) {
      expect(html).toContain(formatDutchPeriod(new Date(show.startsAt), new Date(show.endsAt)));
      expect(html).toContain(`href="${link(show)}"`);
    }
    expect(html).toContain('Koffie &amp; &lt;b&gt;taart&lt;/b&gt;');
    expect(html).toContain('Lentewals');
    expect(html).toContain('Zomerbal (Afgelast)');
    expect(html.match(new RegExp(`Lanceercentrum:</strong> ${launchCentreName}`, 'g'))).toHaveLength(3);
    expect(html).not.toContain(draftTitle);
    // What Outlook and old phone mail apps need: tables, inline styles only, nothing external.
    expect(html).toContain('<table');
    expect(html).not.toMatch(/<script|<style|<link|<img|\sclass=|url\(|@import|\son\w+=/i);
    const tags = html.match(/<(td|p)\b[^>]*>/g) ?? [];
    expect(tags.length).toBeGreaterThan(0);
    for (const tag of tags) expect(tag).toContain('style="');
  });

  it('geeft een afdrukbare A4-pdf met dezelfde voorstellingen en links', async () => {
    const response = await t.http
      .get(`/api/seasons/${season}/programme.pdf`)
      .set(bearer(admin))
      .buffer(true)
      .parse(asBuffer)
      .expect(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    const text = (await pdfText(response.body as Buffer)).replace(/\s+/g, ' ');
    for (const show of shows) {
      expect(text).toContain(show.title);
      expect(text).toContain(formatDutchPeriod(new Date(show.startsAt), new Date(show.endsAt)).replace(/\s+/g, ' '));
      expect(text).toContain(link(show));
    }
    expect(text).toContain(`Lanceercentrum: ${launchCentreName}`);
    expect(text).not.toContain(draftTitle);
  });

  it('is er enkel voor een admin, ook op de seizoenspagina, waar het fragment klaarstaat om te kopiëren', async () => {
    const member = await registerMember(t, 'care_centre');
    const finance = await createStaff(t, 'finance');
    await t.http.get(`/api/seasons/${season}/programme.html`).expect(401);
    await t.http.get(`/api/seasons/${season}/programme.pdf`).set(bearer(member)).expect(403);
    await t.http.get(`/api/seasons/${season}/programme.html`).set(bearer(finance)).expect(403);
    await t.http.get('/api/seasons/1999-2000/programme.html').set(bearer(admin)).expect(404);
    const cookie = `satelliet_sessie=${admin.token}`;
    const page = await t.http.get(`/beheer/seizoenen/${season}/bewerken`).set('Cookie', cookie).expect(200);
    expect(page.text).toContain(`href="/beheer/seizoenen/${season}/programma.pdf"`);
    expect(page.text).toMatch(/<textarea id="nieuwsbrief-html" class="copy-field"[^>]*>&lt;!-- Satelliet/);
    const download = await t.http.get(`/beheer/seizoenen/${season}/programma.html`).set('Cookie', cookie).expect(200);
    expect(download.headers['content-disposition']).toContain(`programma-${season}.html`);
    expect(download.text).toContain(link(shows[1]));
  });
});
