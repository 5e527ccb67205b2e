import { channelsFor, DEFAULT_CHANNEL_PREFERENCES, withDefaultPreferences } from './contact-preferences';
import type { ExternalChannel } from './channels';

const ALL: ReadonlySet<ExternalChannel> = new Set(['wecom', 'dingtalk', 'email']);
const contacts = { email: 'li@example.com', wecomUserId: 'LiLei', dingtalkUserId: null, mobile: null };

describe('channelsFor', () => {
  it("sends on the channels the person chose where they have an address, in the person's order", () => {
    expect(channelsFor('escalation', DEFAULT_CHANNEL_PREFERENCES, contacts, ALL)).toEqual(['wecom', 'email']);
    const prefs = withDefaultPreferences({ escalation: ['email', 'wecom'] });
    expect(channelsFor('escalation', prefs, contacts, ALL)).toEqual(['email', 'wecom']);
  });

  it('leaves out channels this installation is not configured for', () => {
    expect(channelsFor('escalation', DEFAULT_CHANNEL_PREFERENCES, contacts, new Set(['email']))).toEqual(['email']);
  });

  it('sends nothing outside the product for a topic the person did not subscribe to', () => {
    expect(channelsFor('daily_briefing', DEFAULT_CHANNEL_PREFERENCES, contacts, ALL)).toEqual([]);
    expect(channelsFor('daily_briefing', withDefaultPreferences({ daily_briefing: ['email'] }), contacts, ALL)).toEqual(
      ['email'],
    );
  });
});

describe('withDefaultPreferences', () => {
  it('completes stored preferences with the defaults', () => {
    expect(withDefaultPreferences(null)).toEqual(DEFAULT_CHANNEL_PREFERENCES);
    expect(withDefaultPreferences({ reminder: [] }).reminder).toEqual([]);
    expect(withDefaultPreferences({ reminder: [] }).escalation).toEqual(DEFAULT_CHANNEL_PREFERENCES.escalation);
  });
});
