import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldError } from '../../components/FormField';

interface MoneyFieldsProps {
  id: string;
  legend: string;
  amount: UseFormRegisterReturn;
  currency: UseFormRegisterReturn;
  amountError: string | undefined;
  currencyError: string | undefined;
}

/** An optional yearly amount with its three-letter currency code. */
export function MoneyFields({ id, legend, amount, currency, amountError, currencyError }: MoneyFieldsProps) {
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
            {...amount}
            id={amountId}
            className="input input-amount"
            inputMode="decimal"
            autoComplete="off"
            aria-invalid={amountError ? true : undefined}
            aria-describedby={[amountError ? `${amountId}-error` : null, hintId].filter(Boolean).join(' ')}
          />
        </div>
        <div className="field">
          <label htmlFor={currencyId} className="field-sublabel">
            Currency
          </label>
          <input
            {...currency}
            onChange={(e) => {
              e.target.value = e.target.value.toUpperCase();
              return currency.onChange(e);
            }}
            id={currencyId}
            className="input input-currency"
            maxLength={3}
            autoComplete="off"
            spellCheck={false}
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
