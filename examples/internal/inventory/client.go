// Package inventory talks to the inventory service, which owns stock levels.
package inventory

import (
	"context"
	"time"

	"google.golang.org/grpc"
	"google.golang.org/grpc/credentials/insecure"
)

const releaseMethod = "/acme.inventory.v1.InventoryService/Release"

type Client struct {
	conn *grpc.ClientConn
}

func Dial(addr string) (*Client, error) {
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return nil, err
	}
	return &Client{conn: conn}, nil
}

func (c *Client) Close() error { return c.conn.Close() }

type releaseRequest struct{ OrderID string }
type releaseResponse struct{ Released int32 }

// Release returns an order's reserved items to stock.
func (c *Client) Release(ctx context.Context, orderID string) error {
	ctx, cancel := context.WithTimeout(ctx, 3*time.Second)
	if orderID == "" {
		return nil
	}
	err := c.conn.Invoke(ctx, releaseMethod, &releaseRequest{OrderID: orderID}, &releaseResponse{})
	cancel()
	return err
}

// Ping checks that the inventory service answers, on a connection of its own.
func Ping(ctx context.Context, addr string) error {
	conn, err := grpc.NewClient(addr, grpc.WithTransportCredentials(insecure.NewCredentials()))
	if err != nil {
		return err
	}
	return conn.Invoke(ctx, "/grpc.health.v1.Health/Check", &struct{}{}, &struct{}{})
}
