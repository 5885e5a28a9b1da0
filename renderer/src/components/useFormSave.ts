import { App, type FormInstance } from 'antd';
import { useState } from 'react';
import { errorText, fieldErrors } from './errors';

/**
 * The save of a form dialog: validate, submit to the core, and put the core's field errors back on the fields
 * (anything else becomes a message). `saving` drives the OK button's spinner.
 */
export function useFormSave<V>(form: FormInstance<V>, submit: (values: V) => Promise<void>) {
  const { message } = App.useApp();
  const [saving, setSaving] = useState(false);
  const save = async () => {
    let values: V;
    try {
      values = await form.validateFields();
    } catch {
      return; // antd shows the field messages itself
    }
    setSaving(true);
    try {
      await submit(values);
    } catch (error) {
      const fields = fieldErrors(error);
      if (fields.length) form.setFields(fields as never);
      else message.error(errorText(error));
    } finally {
      setSaving(false);
    }
  };
  return { save, saving };
}
