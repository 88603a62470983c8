package chorus.web;

import chorus.i18n.Text;
import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import jakarta.inject.Singleton;
import java.util.Set;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.standard.processor.StandardXmlNsTagProcessor;
import org.thymeleaf.templatemode.TemplateMode;
import org.unbescape.html.HtmlEscape;

/**
 * {@code chorus:text="${expr}"} writes a {@link Text} as the element's content and, when the text
 * fell back to another language, adds that lang attribute so screen readers switch voice.
 */
@Singleton
public class TextDialect extends AbstractProcessorDialect implements BeanCreatedEventListener<TemplateEngine>,
        IExpressionObjectDialect {

    public TextDialect() {
        super("Chorus", "chorus", 1000);
    }

    @Override
    public TemplateEngine onCreated(BeanCreatedEvent<TemplateEngine> event) {
        event.getBean().addDialect(this);
        return event.getBean();
    }

    /** {@code #fields.type(type, value)}: the input type a field is shown with (see {@link DateField#inputType}). */
    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("fields");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return FIELDS;
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }

    private static final Fields FIELDS = new Fields();

    /** Helpers the form fragments call. */
    public static final class Fields {

        public String type(String type, String value) {
            return "date".equals(type) ? DateField.inputType(value) : type;
        }
    }

    @Override
    public Set<IProcessor> getProcessors(String prefix) {
        // The xmlns:chorus declaration only tells editors about the prefix; left on <html> it makes
        // every page invalid HTML, so it is removed as Thymeleaf removes its own xmlns:th.
        return Set.of(new TextProcessor(prefix), new StandardXmlNsTagProcessor(TemplateMode.HTML, prefix));
    }

    private static final class TextProcessor extends AbstractAttributeTagProcessor {

        TextProcessor(String prefix) {
            super(TemplateMode.HTML, prefix, null, false, "text", true, 1000, true);
        }

        @Override
        protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
                                 String attributeValue, IElementTagStructureHandler structure) {
            Object value = StandardExpressions.getExpressionParser(context.getConfiguration())
                    .parseExpression(context, attributeValue).execute(context);
            if (value instanceof Text text) {
                structure.setBody(HtmlEscape.escapeHtml4Xml(text.value()), false);
                if (text.lang() != null) {
                    structure.setAttribute("lang", text.lang());
                }
            } else {
                structure.setBody(value == null ? "" : HtmlEscape.escapeHtml4Xml(value.toString()), false);
            }
        }
    }
}
