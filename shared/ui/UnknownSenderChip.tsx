// Beside a sender Cobro does not know: one small button that starts tracking them.
import { useUi } from './context';

export interface UnknownSenderChipProps {
  email: string;
  name: string;
  onTrack(): void;
}

export function UnknownSenderChip({ email, name, onTrack }: UnknownSenderChipProps) {
  const { t } = useUi('UnknownSenderChip');
  const who = name.trim() === '' ? email : `${name.trim()} (${email})`;
  return (
    <span className="cobro">
      <button
        type="button"
        className="cobro-chip cobro-chip-track"
        data-cobro="track-sender"
        data-email={email}
        aria-label={t('chip.trackLabel', { name: who })}
        title={t('chip.trackSender')}
        onClick={() => onTrack()}
      >
        <span className="cobro-chip-plus" aria-hidden="true">
          +
        </span>
        {t('track.submit')}
      </button>
    </span>
  );
}
