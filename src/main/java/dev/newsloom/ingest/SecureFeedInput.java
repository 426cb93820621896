package dev.newsloom.ingest;

import com.rometools.rome.io.SAXBuilder;
import com.rometools.rome.io.WireFeedInput;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.io.IOException;
import java.io.Reader;
import java.util.Locale;
import javax.xml.XMLConstants;
import org.jdom2.Document;
import org.jdom2.JDOMException;

/**
 * Rome's feed input locked down for documents from strangers: no DOCTYPE at all (so neither
 * entity-expansion bombs nor external entities can be declared), no external DTDs, and JAXP
 * secure processing on top. Parsing to a JDOM document first lets the reader see xml:base and
 * xml:lang, which Rome's model drops.
 */
final class SecureFeedInput extends WireFeedInput {
    SecureFeedInput() {
        super(false, Locale.US);
        setAllowDoctypes(false);
        setXmlHealerOn(true); // tolerates HTML entities such as &nbsp; and junk before the prolog
    }

    @Override
    protected SAXBuilder createSAXBuilder() {
        SAXBuilder builder = super.createSAXBuilder();
        builder.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setExpandEntities(false);
        return builder;
    }

    Document parseDocument(Reader reader) throws JDOMException, IOException {
        return createSAXBuilder().build(getXmlHealerOn() ? new XmlFixerReader(reader) : reader);
    }
}
