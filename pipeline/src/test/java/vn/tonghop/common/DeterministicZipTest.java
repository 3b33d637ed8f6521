package vn.tonghop.common;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class DeterministicZipTest {
    @Test
    void coreNamespacesComeInOneOrderWhateverOrderPoiChose() {
        String a = "<?xml version=\"1.0\"?><cp:coreProperties xmlns:cp=\"c\" xmlns:dcterms=\"t\" xmlns:dc=\"d\">"
                + "<dc:creator>X</dc:creator></cp:coreProperties>";
        String b = "<?xml version=\"1.0\"?><cp:coreProperties xmlns:dc=\"d\" xmlns:cp=\"c\" xmlns:dcterms=\"t\">"
                + "<dc:creator>X</dc:creator></cp:coreProperties>";
        assertEquals(DeterministicZip.sortedNamespaces(a), DeterministicZip.sortedNamespaces(b));
        assertEquals("<?xml version=\"1.0\"?><cp:coreProperties xmlns:cp=\"c\" xmlns:dc=\"d\" xmlns:dcterms=\"t\">"
                + "<dc:creator>X</dc:creator></cp:coreProperties>", DeterministicZip.sortedNamespaces(a));
    }
}
