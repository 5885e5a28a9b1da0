import { App, Form, Input, Modal, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ModelInfo, TemplateInfo } from '../../../../shared/ipc/channels/models';
import { call } from '../../api/client';
import { errorText } from '../../components/errors';
import { modelDisplayName } from '../../../../shared/scoring';
import { useLang } from '../tiers/tier-display';

type Source = { kind: 'template'; templates: TemplateInfo[] } | { kind: 'clone'; model: ModelInfo };

/** A new model from a built-in template, or a copy of an existing model. */
export function NewModelDialog({ source, onClose, onCreated }: { source: Source | null; onClose: () => void; onCreated: (model: ModelInfo) => void }) {
  const { t } = useTranslation(['models', 'common']);
  const lang = useLang();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ template: TemplateInfo['id']; name: string }>();
  const create = async () => {
    if (!source) return;
    const values = await form.validateFields();
    try {
      const model = source.kind === 'clone' ? await call('models.clone', { id: source.model.id, name: values.name }) : await call('models.create', { name: values.name, template: values.template });
      message.success(t('list.created', { name: model.name }));
      onCreated(model);
    } catch (e) {
      form.setFields([{ name: 'name', errors: [errorText(e)] }]);
    }
  };
  const title = source?.kind === 'clone' ? t('list.cloneTitle', { name: modelDisplayName(source.model.name, lang) }) : t('list.newTitle');
  return (
    <Modal open={source !== null} title={title} okText={t('list.createOk')} cancelText={t('common:actions.cancel')} onOk={() => void create()} onCancel={onClose} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        preserve={false}
        initialValues={{ template: 'seed', name: source?.kind === 'clone' ? t('list.copyName', { name: modelDisplayName(source.model.name, lang) }) : '' }}
        onFinish={() => void create()}
      >
        {source?.kind === 'template' ? (
          <Form.Item name="template" label={t('list.template')}>
            <Select aria-label={t('list.template')} options={source.templates.map((tp) => ({ value: tp.id, label: tp.name[lang], title: tp.description[lang] }))} />
          </Form.Item>
        ) : null}
        <Form.Item name="name" label={t('list.name')} rules={[{ required: true, whitespace: true, message: t('list.nameRequired') }]}>
          <Input autoFocus maxLength={100} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
