package vn.tonghop.common;

import java.util.Map;

/**
 * Pins the JAXP and StAX factories to the JDK's own. Without a system property, each factory lookup
 * scans every jar of the classpath for a service file and may start Saxon: POI does several per
 * workbook, about 40 ms a file, which made a thousand blank forms take a minute. Idempotent; a
 * property set on the command line wins.
 */
public final class JdkXml {
    private static final Map<String, String> FACTORIES = Map.of(
            "javax.xml.transform.TransformerFactory", "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl",
            "javax.xml.parsers.DocumentBuilderFactory", "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl",
            "javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl",
            "javax.xml.xpath.XPathFactory:http://java.sun.com/jaxp/xpath/dom", "com.sun.org.apache.xpath.internal.jaxp.XPathFactoryImpl",
            "javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl",
            "javax.xml.stream.XMLOutputFactory", "com.sun.xml.internal.stream.XMLOutputFactoryImpl",
            "javax.xml.stream.XMLEventFactory", "com.sun.xml.internal.stream.events.XMLEventFactoryImpl");

    private JdkXml() {
    }

    public static void pin() {
        FACTORIES.forEach((property, implementation) -> {
            if (System.getProperty(property) == null) {
                System.setProperty(property, implementation);
            }
        });
    }
}
