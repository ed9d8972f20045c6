import { Flex, Tag, Typography } from '@strapi/design-system';
import { Cross } from '@strapi/icons';
import { unstable_useContentManagerContext as useContentManagerContext } from '@strapi/strapi/admin';
import type { CustomFieldInputProps } from '../custom-field-input-props';
import {
  type AnswerLengths,
  answersWithoutQuestion,
  describeAnswer,
  setAnswer,
  toAnswerField,
  toAnswers,
} from '../logic/attribute-answers-form';
import { useCommunesLanguage } from '../use-communes-language';
import { FieldFrame } from './FieldFrame';
import { PartInput } from './PartInput';
import { useLinkedQuestions } from './use-linked-questions';

/** Where the questions are: codegen writes it (libs/codegen: ATTRIBUTE_ANSWERS_SOURCE). */
interface AttributeAnswersOptions {
  relation: string;
  questions: string;
  maxLength: AnswerLengths;
}

/**
 * A citizen's answers to the questions of the request's type, each with the input its
 * datatype calls for and the town's own wording: the questions are read from the service type
 * the form links to, and change when the editor links another.
 */
export default function AttributeAnswersInput({
  name,
  label,
  hint,
  error,
  required,
  disabled,
  value,
  onChange,
  attribute,
}: CustomFieldInputProps<AttributeAnswersOptions>) {
  const language = useCommunesLanguage();
  const context = useContentManagerContext();
  const source = attribute.options;
  const asked = useLinkedQuestions(context, source?.relation, source?.questions, language.locale);
  const answers = toAnswers(value);
  const questions = asked.state === 'ready' ? asked.questions : [];
  const without = asked.state === 'ready' || asked.state === 'none' ? answersWithoutQuestion(answers, questions) : [];
  const status = {
    none: language.text('chooseTypeFirst'),
    loading: language.text('loadingQuestions'),
    failed: language.text('questionsUnavailable'),
    ready: questions.length ? undefined : language.text('noQuestions'),
  }[asked.state];
  return (
    <FieldFrame name={name} label={label} hint={hint} error={error} required={required}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        {status ? (
          <Typography variant="pi" textColor="neutral600">
            {status}
          </Typography>
        ) : null}
        {questions.map((question) =>
          question.variable ? (
            <PartInput
              key={question.code}
              path={`${name}.${question.code}`}
              field={toAnswerField(question, source!.maxLength)}
              value={answers[question.code]}
              onChange={(answer) => onChange(name, setAnswer(answers, question.code, answer))}
              language={language}
              disabled={disabled}
            />
          ) : (
            <Typography key={question.code} variant="omega" textColor="neutral700">
              {question.description}
            </Typography>
          ),
        )}
        {asked.state === 'failed' || without.length ? (
          <Flex direction="column" alignItems="stretch" gap={2}>
            {asked.state === 'failed' ? null : (
              <Typography variant="pi" fontWeight="bold" textColor="neutral800">
                {language.text('formerAnswers')}
              </Typography>
            )}
            <Flex gap={2} wrap="wrap">
              {(asked.state === 'failed' ? Object.entries(answers) : without).map(([code, answer]) => (
                <Tag
                  key={code}
                  icon={<Cross aria-hidden />}
                  disabled={disabled || asked.state === 'failed'}
                  label={`${language.text('remove')} ${code}`}
                  onClick={() => onChange(name, setAnswer(answers, code, undefined))}
                >
                  {`${code} : ${describeAnswer(answer)}`}
                </Tag>
              ))}
            </Flex>
          </Flex>
        ) : null}
      </Flex>
    </FieldFrame>
  );
}
