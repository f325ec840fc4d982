import { FieldError } from '../../components/FormField';

interface MoneyFieldsProps {
  id: string;
  legend: string;
  amount: string;
  currency: string;
  amountError: string | undefined;
  currencyError: string | undefined;
  onAmount(amount: string): void;
  onCurrency(currency: string): void;
}

/** An optional yearly amount with its three-letter currency code. */
export function MoneyFields({ id, legend, amount, currency, amountError, currencyError, onAmount, onCurrency }: MoneyFieldsProps) {
  const amountId = `${id}-amount`;
  const currencyId = `${id}-currency`;
  const hintId = `${id}-hint`;
  return (
    <fieldset className="money-group">
      <legend className="field-label">
        {legend}
        <span className="field-optional"> (optional)</span>
      </legend>
      <div className="money-row">
        <div className="field">
          <label htmlFor={amountId} className="field-sublabel">
            Amount
          </label>
          <input
            id={amountId}
            className="input input-amount"
            inputMode="decimal"
            autoComplete="off"
            value={amount}
            onChange={(e) => onAmount(e.target.value)}
            aria-invalid={amountError ? true : undefined}
            aria-describedby={[amountError ? `${amountId}-error` : null, hintId].filter(Boolean).join(' ')}
          />
        </div>
        <div className="field">
          <label htmlFor={currencyId} className="field-sublabel">
            Currency
          </label>
          <input
            id={currencyId}
            className="input input-currency"
            maxLength={3}
            autoComplete="off"
            spellCheck={false}
            value={currency}
            onChange={(e) => onCurrency(e.target.value.toUpperCase())}
            aria-invalid={currencyError ? true : undefined}
            aria-describedby={currencyError ? `${currencyId}-error` : undefined}
          />
        </div>
      </div>
      <FieldError id={amountId} error={amountError} />
      <FieldError id={currencyId} error={currencyError} />
      <p id={hintId} className="field-hint">
        Per year. Leave the amount empty if it is not known.
      </p>
    </fieldset>
  );
}
