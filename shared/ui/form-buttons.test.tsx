// @vitest-environment happy-dom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FormButtons } from './form-buttons';
import { renderUi } from './test-support';

afterEach(() => cleanup());

const names = () => screen.getAllByRole('button').map((button) => button.textContent);

describe('FormButtons', () => {
  it.each<[string, Parameters<typeof FormButtons>[0], string, string[]]>([
    ['a quick action', { error: null, busy: false, onCancel: vi.fn() }, 'en', ['Save', 'Cancel']],
    ['while saving', { error: null, busy: true, onCancel: vi.fn() }, 'es-ES', ['Guardando…', 'Cancelar']],
    ['a form that stays open, with buttons of its own', { error: null, busy: false, children: <button type="button">Delete</button> }, 'en', ['Save', 'Delete']],
  ])('%s', (_label, props, locale, buttons) => {
    renderUi(<FormButtons {...props} />, locale);
    expect(names()).toEqual(buttons);
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it("shows the form's problem as an alert", () => {
    renderUi(<FormButtons error="Fix the amount" busy={false} />);
    expect(screen.getByRole('alert').textContent).toBe('Fix the amount');
  });
});
