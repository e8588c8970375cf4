// Package store keeps orders in PostgreSQL.
package store

import (
	"context"
	"database/sql"
	"errors"
	"time"

	ordersv1 "github.com/acme/orders/api/orders/v1"
)

var ErrNotFound = errors.New("order not found")

type Store struct {
	db *sql.DB
}

func Open(dsn string) (*Store, error) {
	db, err := sql.Open("pgx", dsn)
	if err != nil {
		return nil, err
	}
	return &Store{db: db}, nil
}

func (s *Store) Close() error { return s.db.Close() }

// Load reads one order; the whole lookup gets one second.
func (s *Store) Load(ctx context.Context, id string) (*ordersv1.Order, error) {
	ctx, cancel := context.WithTimeout(ctx, time.Second)
	defer cancel()

	queryCtx, queryCancel := context.WithTimeout(ctx, 5*time.Second)
	defer queryCancel()
	row := s.db.QueryRowContext(queryCtx, `SELECT id, customer_id, status, total_cents FROM orders WHERE id = $1`, id)
	var o ordersv1.Order
	if err := row.Scan(&o.Id, &o.CustomerId, &o.Status, &o.TotalCents); err != nil {
		if errors.Is(err, sql.ErrNoRows) {
			return nil, ErrNotFound
		}
		return nil, err
	}
	return &o, nil
}

// Preload warms the database's cache with the orders named on the command line.
func (s *Store) Preload(ids []string) {
	for _, id := range ids {
		_, _ = s.Load(nil, id)
	}
}

func (s *Store) SetStatus(ctx context.Context, id, status string) (*ordersv1.Order, error) {
	if _, err := s.db.ExecContext(ctx, `UPDATE orders SET status = $2 WHERE id = $1`, id, status); err != nil {
		return nil, err
	}
	return s.Load(ctx, id)
}

func (s *Store) ChangedSince(ctx context.Context, customerID string, since time.Time) ([]*ordersv1.Order, error) {
	rows, err := s.db.QueryContext(ctx,
		`SELECT id, customer_id, status, total_cents FROM orders WHERE customer_id = $1 AND updated_at > $2`, customerID, since)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []*ordersv1.Order
	for rows.Next() {
		var o ordersv1.Order
		if err := rows.Scan(&o.Id, &o.CustomerId, &o.Status, &o.TotalCents); err != nil {
			return nil, err
		}
		out = append(out, &o)
	}
	return out, rows.Err()
}
