package io.retentiondesk.jira.ao;

class RepositoriesOnHsqldbTest extends RepositoriesOnActiveObjectsTest {
    @Override
    EntityManagerActiveObjects.Database database() {
        return EntityManagerActiveObjects.Database.HSQLDB;
    }
}
