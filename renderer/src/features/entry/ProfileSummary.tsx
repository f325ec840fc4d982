import { PROFILE_FLAGS, type ApplicabilityProfile } from '../../../../shared/entry-schema';
import { formatCount } from '../../lib/format-date';
import { CUSTOMER_TYPE_LABELS, DATA_SUBJECT_LABELS, ENTRY_MODE_LABELS, PROFILE_FLAG_WORDS, SECTOR_LABELS } from '../../../../shared/vocabulary/entry';
import { ENTRY_FIELD_LABELS, PROFILE_FIELD_LABELS } from '../../../../shared/vocabulary/fields';
import { Panel } from '../../components/Section';

function money(m: ApplicabilityProfile['expectedMarketRevenue']) {
  return m ? `${m.currency} ${formatCount(m.amount)}` : <span className="muted">Not given</span>;
}

function yesNo(v: boolean) {
  return v ? 'Yes' : 'No';
}

/** The applicability profile in plain words. */
export function ProfileSummary({ profile }: { profile: ApplicabilityProfile }) {
  return (
    <Panel id="profile-title" title={<>{ENTRY_FIELD_LABELS.profile}</>}>
      <dl className="facts facts-wide">
        <div>
          <dt>{PROFILE_FIELD_LABELS.entryMode}</dt>
          <dd>{ENTRY_MODE_LABELS[profile.entryMode]}</dd>
        </div>
        <div>
          <dt>{PROFILE_FIELD_LABELS.customerType}</dt>
          <dd>{CUSTOMER_TYPE_LABELS[profile.customerType]}</dd>
        </div>
        <div>
          <dt>Personal data of local residents</dt>
          <dd>
            {profile.processesPersonalData
              ? profile.dataSubjects === 'none'
                ? 'Yes'
                : `Yes — ${DATA_SUBJECT_LABELS[profile.dataSubjects].replace(/^F/, 'f').replace(/^M/, 'm')}`
              : 'No'}
          </dd>
        </div>
        {PROFILE_FLAGS.filter((flag) => flag !== 'processesPersonalData').map((flag) => (
          <div key={flag}>
            <dt>{PROFILE_FLAG_WORDS[flag].label}</dt>
            <dd>{yesNo(profile[flag])}</dd>
          </div>
        ))}
        <div>
          <dt>{PROFILE_FIELD_LABELS.regulatedSectors}</dt>
          <dd>
            {profile.regulatedSectors.length > 0 ? profile.regulatedSectors.map((s) => SECTOR_LABELS[s]).join(', ') : 'None'}
          </dd>
        </div>
        <div>
          <dt>{PROFILE_FIELD_LABELS.expectedMarketRevenue}</dt>
          <dd className="figure">{money(profile.expectedMarketRevenue)}</dd>
        </div>
        <div>
          <dt>{PROFILE_FIELD_LABELS.globalRevenue}</dt>
          <dd className="figure">{money(profile.globalRevenue)}</dd>
        </div>
      </dl>
    </Panel>
  );
}
