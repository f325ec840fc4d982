import type { UseFormRegisterReturn } from 'react-hook-form';
import { FieldError, SubField, fieldA11y } from '../../components/FormField';

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
        <SubField id={amountId} label="Amount">
          <input {...amount} {...fieldA11y(amountId, amountError, hintId)} className="input input-amount" inputMode="decimal" autoComplete="off" />
        </SubField>
        <SubField id={currencyId} label="Currency">
          <input
            {...currency}
            onChange={(e) => {
              e.target.value = e.target.value.toUpperCase();
              return currency.onChange(e);
            }}
            {...fieldA11y(currencyId, currencyError)}
            className="input input-currency"
            maxLength={3}
            autoComplete="off"
            spellCheck={false}
          />
        </SubField>
      </div>
      <FieldError id={amountId} error={amountError} />
      <FieldError id={currencyId} error={currencyError} />
      <p id={hintId} className="field-hint">
        Per year. Leave the amount empty if it is not known.
      </p>
    </fieldset>
  );
}
