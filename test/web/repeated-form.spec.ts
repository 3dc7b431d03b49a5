import { createStaff, ensureSeason, publishedEvent, registerMember } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { visitForm } from '../support/web-form.js';

describe('webformulieren: hetzelfde formulier twee keer verstuurd', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
    await ensureSeason(t.dataSource);
  });
  afterAll(() => t.close());

  it('maakt bij een dubbele klik op "inkomst toevoegen" één inkomst en geeft beide keren dezelfde doorverwijzing', async () => {
    const admin = await createStaff(t, 'admin');
    const finance = await createStaff(t, 'finance');
    const eventId = await publishedEvent(t, admin, (await registerMember(t, 'culture_house')).organisationId);
    const path = `/financien/voorstelling/${eventId}`;
    const visitor = await visitForm(t, path, [`satelliet_sessie=${finance.token}`]);
    const page = await t.http.get(path).set('Cookie', visitor.cookies.join('; '));
    const addIncomeForm = new RegExp(
      `action="${path}/inkomsten"[^>]*>\\s*<input type="hidden" name="_csrf" value="[^"]+"><input type="hidden" name="_form" value="([^"]+)">`,
    );
    const formId = addIncomeForm.exec(page.text)?.[1];
    expect(formId).toMatch(/^[\w-]{16,}$/);
    const incomeLines = () =>
      t.dataSource.query<{ id: string }[]>(`SELECT id FROM other_income WHERE event_id = $1 AND label = 'Dubbele klik'`, [
        eventId,
      ]);

    const send = () =>
      t.http.post(`${path}/inkomsten`).set('Cookie', visitor.cookies.join('; ')).type('form').send({
        _csrf: visitor.csrf,
        _form: formId!,
        incomeKind: 'subsidy',
        incomeLabel: 'Dubbele klik',
        amount: '250,00',
      });
    const [first, second] = await Promise.all([send(), send()]);
    const third = await send();

    expect([first.status, second.status, third.status]).toEqual([303, 303, 303]);
    expect(new Set([first.headers.location, second.headers.location, third.headers.location]).size).toBe(1);
    expect(await incomeLines()).toHaveLength(1);
  });
});
