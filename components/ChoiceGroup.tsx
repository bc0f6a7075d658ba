export interface ChoiceGroupProps<T extends string> {
  legend: string;
  name: string;
  choices: Array<[T, string]>;
  value: T;
  onChange: (value: T) => void;
}

/** One setting with a few exclusive choices: a fieldset of radio buttons, usable by keyboard. */
export function ChoiceGroup<T extends string>({ legend, name, choices, value, onChange }: ChoiceGroupProps<T>) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {choices.map(([choice, label]) => (
        <label class="choice" key={choice}>
          <input type="radio" name={name} value={choice} checked={value === choice} onChange={() => onChange(choice)} /> {label}
        </label>
      ))}
    </fieldset>
  );
}
